import CTesseract
import HandwrittenDigits

/// Reads the handwritten number and day of a page: finds their regions from the OCR word boxes
/// (``FieldLocator``), cuts the ink into digits (``GlyphSegmenter``), classifies each with the
/// bundled network, and reads the region again with tesseract limited to digits, for comparison.
struct HandwritingReader {
    let classifier: DigitClassifier
    /// Below this word confidence, digits OCR read in a blank are taken as ink it did not know.
    static let unsureOCR = 50.0
    /// Ink at least this many times the line's printed digits' height is handwriting.
    static let handwritingTall = 1.15
    /// How many alternative readings to keep per field.
    var alternatives = 6

    /// The handwritten fields found on a recognised page.
    /// - Parameters:
    ///   - page: the image the handwriting is read on (boxes refer to it): the plain-luminance
    ///     twin of the page when colour dropout was applied, so blue ballpoint survives.
    ///   - colourless: the page the OCR read, with coloured ink dropped, when it differs from
    ///     `page`: ink that is gone there was coloured (a blue pen), so written by hand.
    ///   - lines: the OCR's lines and words.
    ///   - digitsOCR: an engine restricted to digits, or `nil` to skip the OCR comparison; asked
    ///     for only when the page has a region to read.
    func read(
        page: PageImage,
        colourless: PageImage? = nil,
        lines: [RecognizedLine],
        dpi: Int,
        digitsOCR: @autoclosure () -> TesseractEngine?
    ) -> [HandwrittenField] {
        FieldLocator.regions(in: lines, width: page.width, height: page.height).map { region in
            var (field, ink) = readRegion(region, page: page, colourless: colourless)
            if let ink, let engine = digitsOCR(), let reading = ocrReading(ink, dpi: dpi, engine: engine) {
                field.readings.append(reading)
            }
            return field
        }
    }

    /// The classifier's readings of one region, and the ink it kept as digits (region-sized, the
    /// rest painted out) for the OCR comparison.
    ///
    /// A faint pen (light blue ballpoint scanned grey, a pen running dry) can stand above the
    /// threshold that splits paper from print: when nothing in the region reads as a digit, it is
    /// read again with ink up to ``InkImage/faintThreshold``, and the surer reading stands; when
    /// digits were read but a share of the blank's ink (``faintShare``) lies between the two
    /// thresholds and the ink looks handwritten, at both, averaged.
    func readRegion(_ region: FieldLocator.Region, page: PageImage, colourless: PageImage? = nil) -> (HandwrittenField, InkImage?) {
        let empty = HandwrittenField(kind: region.kind, region: region.box, ink: nil, readings: [], printed: region.printed)
        guard let image = InkImage(page: page, box: region.box) else { return (empty, nil) }
        let threshold = image.threshold
        let first = readInk(region, image: image, threshold: threshold, colourless: colourless)
        guard let faint = image.faintThreshold, faint > threshold else { return first }
        guard first.0.ink != nil, !first.0.readings.isEmpty else {
            // No piece read as a digit where it was cut first; a reading may still come from
            // another cut ("11" written into each other reads as no digit whole, "11" cut
            // along the slant): the surer of the two readings stands.
            let second = readInk(region, image: image, threshold: faint, colourless: colourless)
            let firstBest = first.0.readings.first?.confidence ?? 0
            guard (second.0.readings.first?.confidence ?? 0) <= firstBest else { return second }
            // The first reading stands; where its ink is, and whether it is the hand's, only the
            // second may say (its pieces read as digits).
            var field = first.0
            if field.ink == nil {
                field.ink = second.0.ink
                field.looksHandwritten = second.0.looksHandwritten
            }
            return (field, first.1 ?? second.1)
        }
        // Ink found, but much of the blank's ink between the two thresholds: part of the pen is
        // faint (a loop the first threshold broke, a light digit beside dark ones, which the first
        // reading passes over). Both readings of the same blank count alike: where they agree the
        // value is as sure as each, where they differ neither is.
        let blank = Box(x: region.printedLeft - region.box.x, y: 0, width: region.printedRight - region.printedLeft, height: image.height)
        // Print is OCR's: blurred print (a skewed scan's interpolated edges) is not read twice.
        guard first.0.looksHandwritten, image.share(between: threshold, and: faint, in: blank) >= Self.faintShare else { return first }
        let second = readInk(region, image: image, threshold: faint, colourless: colourless)
        var field = first.0
        field.readings = Self.averaged(first.0.readings, second.0.readings, keep: alternatives)
        return (field, first.1)
    }

    /// The share of the blank's ink between the paper-print threshold and the faint one above
    /// which the field is read at both: dark pens and print make 0.07–0.17 of it (their anti-aliased
    /// edges), faint pens 0.21–0.43 (`Benchmarks/hand_fields.py`, seed 1).
    static let faintShare = 0.2

    /// Two lists of readings of one field as one: each string's confidence the mean of its two
    /// (zero where a list lacks it), best first.
    static func averaged(_ a: [HandwrittenField.Reading], _ b: [HandwrittenField.Reading], keep: Int) -> [HandwrittenField.Reading] {
        var sum: [String: Double] = [:]
        for reading in a + b { sum[reading.digits, default: 0] += reading.confidence / 2 }
        let ranked = sum.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }
        return ranked.prefix(keep).map { HandwrittenField.Reading(digits: $0.key, confidence: $0.value, method: .classifier) }
    }

    /// The classifier's readings of the region's ink at `threshold`.
    private func readInk(_ region: FieldLocator.Region, image: InkImage, threshold: UInt8, colourless: PageImage?) -> (HandwrittenField, InkImage?) {
        var field = HandwrittenField(kind: region.kind, region: region.box, ink: nil, readings: [], printed: region.printed)
        let segmenter = GlyphSegmenter(
            textHeight: region.textHeight,
            lineTop: region.lineTop - region.box.y,
            lineBottom: region.lineBottom - region.box.y
        )
        let candidates = segmenter.candidates(in: image.inkMask(threshold: threshold), width: image.width, height: image.height)
        let (glyphs, truncated, printedRight) = fieldGlyphs(of: candidates, region: region, image: image)
        // Ink clearly taller than the line's printed digits: only such ink is parted at a contact
        // (a printed "7" touching the code's slash on a skewed page is print, not two digits).
        let tallHand = Self.handwritingTall * Double(region.digitHeight)
        let slant = writerSlant(of: glyphs, width: image.width)
        var digitBoxes: [Box] = []
        var kept = [UInt8](repeating: 255, count: image.width * image.height)
        var ways: [[(cut: [Piece], prior: Double)]] = []
        var all: [Piece] = []
        for glyph in glyphs {
            let chosen = pieces(of: glyph, segmenter: segmenter, width: image.width, slant: slant)
            ways.append(
                alternativeCuts(of: glyph, chosen: chosen, segmenter: segmenter, width: image.width, slant: slant, handwritten: tallHand)
            )
            all += chosen
            // A piece the classifier calls "not a digit" (the printed slash or colon, a speck) is
            // no ink of the field's; the decoder passes over it at that cost.
            for piece in chosen where piece.looksLikeDigit {
                for index in piece.glyph.pixels { kept[index] = 0 }
                digitBoxes.append(piece.glyph.box)
            }
        }
        let layout = PieceLayout(
            pieces: all,
            digitHeight: region.digitHeight,
            slant: slant,
            regionWidth: image.width,
            printedRight: printedRight
        )
        let spans = self.spans(of: glyphs, ways: ways, layout: layout, width: image.width, slant: slant)
        let ink = Box(enclosing: digitBoxes)
        if let ink {
            field.ink = Box(x: region.box.x + ink.x, y: region.box.y + ink.y, width: ink.width, height: ink.height)
            let tallest = digitBoxes.map(\.height).max() ?? 0
            field.looksHandwritten = Self.looksHandwritten(ink: ink, tallest: tallest, kept: kept, region: region, colourless: colourless)
        }
        // Handwriting cut by the region's side may go on past it: the reading is not to be trusted.
        let penalty = truncated ? 0.5 : 1.0
        field.readings = SequenceDecoder(kind: region.kind).decode(spans: spans, keep: alternatives).map {
            HandwrittenField.Reading(digits: $0.digits, confidence: $0.probability * penalty, method: .classifier)
        }
        return (field, ink == nil ? nil : InkImage(width: image.width, height: image.height, grey: kept))
    }

    /// The candidates that are the field's ink, whether handwriting-tall ink runs out of the
    /// region's right side (the number may go on past it), and the column where print resumes
    /// (the slash found in the ink, else the anchors' estimate).
    ///
    /// Ink wholly before the left anchor's end, ink cut by the region's left side that ends inside
    /// the anchor's word box, or ink starting where the printed text resumes, is print (the
    /// colon, the "g" of "tháng", the slash, the "t" of "tháng"); past the right anchor only handwriting
    /// run onto the print counts: ink clearly taller and wider than the printed glyphs (a digit
    /// written over the slash). A thin sliver cut by the region's side is the rest of a printed
    /// stroke.
    private func fieldGlyphs(
        of candidates: [GlyphSegmenter.Glyph],
        region: FieldLocator.Region,
        image: InkImage
    ) -> (glyphs: [GlyphSegmenter.Glyph], truncated: Bool, printedRight: Int) {
        let slack = region.textHeight / 10
        let left = region.printedLeft - region.box.x + slack
        var right = region.printedRight - region.box.x - slack
        // The printed slash, where the ink shows it: the code's width measured back from a merged
        // word's end is only an estimate (fonts differ), and a "Q" read past it becomes a "0".
        // The rightmost slash-like stroke from a little before the word's start to the latest
        // place the code may start: the printed slash is the last before the code's letters, a
        // handwritten "1" next to it (taken into the code's word box) stands before it.
        let h = Double(region.textHeight)
        let latest = region.printedRightLatest - region.box.x - slack
        let window = (Double(right) - 1.5 * h)...(Double(max(right, latest)) + 0.5 * h)
        if region.kind == .number || region.kind == .citationNumber,
            let slash = candidates.last(where: { isPrintedSlash($0, within: window, region: region, width: image.width) })
        {
            right = slash.minX
        }
        let thin = h * 0.35
        let tall = 1.3 * Double(region.digitHeight)
        var truncated = false
        let leftLatest = region.printedLeftLatest - region.box.x + slack
        let glyphs = candidates.filter { glyph in
            guard glyph.maxX > left else { return false }
            // The anchor's last letter cut by the region's side ("tháng"'s "g" past the anchor's
            // estimated end): ink running out of the left side, not handwriting-tall, that ends
            // inside the anchor's word box (`FieldLocator.Region.printedLeftLatest`: within 1.3
            // times the word's printed width, so no more than a letter's end).
            if glyph.minX == 0, glyph.maxX <= leftLatest, Double(glyph.height) < tall { return false }
            let cutRight = glyph.maxX == image.width - 1
            if cutRight && Double(glyph.height) >= tall { truncated = true }
            if glyph.minX >= right {
                guard Double(glyph.height) >= tall, Double(glyph.width) >= 0.45 * h, !cutRight else { return false }
            }
            return !((glyph.minX == 0 || cutRight) && Double(glyph.width) < thin)
        }
        return (glyphs, truncated, right)
    }

    /// Whether the field's ink (`ink`, region coordinates; `kept`, its pixels 0) is handwriting,
    /// not print: taller than the line's printed digits, or digits tesseract read there without
    /// believing them (typed digits read at 85–97; handwriting at 0–40), or digits whose ink goes
    /// on half a digit past what tesseract read as digits ("56" of a handwritten "561" whose "1"
    /// went into the code's word). Or in coloured ink: print is black, a clerk's pen often blue,
    /// and a small number written no taller than print would otherwise pass for print (measured
    /// only when nothing else told).
    private static func looksHandwritten(ink: Box, tallest: Int, kept: [UInt8], region: FieldLocator.Region, colourless: PageImage?) -> Bool {
        let pastOCR = region.ocrDigitsEnd.map { region.box.x + ink.x + ink.width - 1 > $0 + region.digitHeight / 2 } ?? false
        if Double(tallest) >= handwritingTall * Double(region.digitHeight) || (region.ocrConfidence ?? 100) < unsureOCR || pastOCR { return true }
        guard let colourless, let twin = InkImage(page: colourless, box: region.box) else { return false }
        return colouredShare(of: kept, in: twin) >= colouredInk
    }

    /// The decoder's lattice: each glyph with its ways to cut it, and each pair of neighbours
    /// that may be the pieces of one digit (``PieceLayout/mayBeOneDigit(_:_:)``) read as one,
    /// as likely before reading as apart: the classifier then says which reads better.
    private func spans(
        of glyphs: [GlyphSegmenter.Glyph],
        ways: [[(cut: [Piece], prior: Double)]],
        layout: PieceLayout,
        width: Int,
        slant: Double
    ) -> [SequenceDecoder.Span] {
        var spans: [SequenceDecoder.Span] = []
        var apart = [Double](repeating: 1, count: glyphs.count)
        for index in glyphs.indices.dropLast() where layout.mayBeOneDigit(glyphs[index], glyphs[index + 1]) {
            let joined = glyphs[index].merged(with: glyphs[index + 1])
            let piece = Piece(glyph: joined, probabilities: classify(joined, width: width, slant: slant))
            spans.append(.init(from: index, to: index + 2, cuts: [.init(columns: [layout.weighed(piece)], prior: Self.joinedPrior)]))
            apart[index] = 1 - Self.joinedPrior
        }
        for (index, glyphWays) in ways.enumerated() {
            let cuts = glyphWays.map { SequenceDecoder.Cut(columns: $0.cut.map(layout.weighed), prior: $0.prior * apart[index]) }
            spans.append(.init(from: index, cuts: cuts))
        }
        return spans
    }

    /// How likely two neighbours that may be one digit are one, before reading them.
    static let joinedPrior = 0.5

    /// The share of kept ink (0 in `kept`) above which a field's ink is coloured.
    static let colouredInk = 0.6

    /// The share of the kept ink (pixels 0 in `kept`, region-sized) that is paper in the
    /// colourless page: no pixel within one of it darker than 200 (the two pages may differ by a
    /// pixel where deskew turned them).
    static func colouredShare(of kept: [UInt8], in colourless: InkImage) -> Double {
        let w = colourless.width
        let h = colourless.height
        guard kept.count == w * h else { return 0 }
        var ink = 0
        var gone = 0
        for index in kept.indices where kept[index] == 0 {
            ink += 1
            let x = index % w
            let y = index / w
            var darkest: UInt8 = 255
            for ny in max(0, y - 1)...min(h - 1, y + 1) {
                for nx in max(0, x - 1)...min(w - 1, x + 1) { darkest = min(darkest, colourless.grey[ny * w + nx]) }
            }
            if darkest > 200 { gone += 1 }
        }
        return ink == 0 ? 0 : Double(gone) / Double(ink)
    }

    /// Whether `glyph` is the printed slash of the code, starting `within` where the anchors put
    /// it: a thin stroke leaning right (its top half further right than its bottom half), of
    /// printed height, that the classifier takes for no digit.
    private func isPrintedSlash(_ glyph: GlyphSegmenter.Glyph, within window: ClosedRange<Double>, region: FieldLocator.Region, width: Int) -> Bool {
        let h = Double(region.textHeight)
        let gw = Double(glyph.width)
        let gh = Double(glyph.height)
        guard window.contains(Double(glyph.minX)), gh >= 0.6 * h, gh <= 1.3 * Double(region.digitHeight), gw <= 0.6 * gh
        else { return false }
        var top = 0.0
        var topCount = 0.0
        var bottom = 0.0
        var bottomCount = 0.0
        let middle = Double(glyph.minY + glyph.maxY) / 2
        for p in glyph.pixels {
            let x = Double(p % width)
            let y = Double(p / width)
            if y < middle {
                top += x
                topCount += 1
            } else {
                bottom += x
                bottomCount += 1
            }
        }
        guard topCount > 0, bottomCount > 0, top / topCount - bottom / bottomCount >= 0.25 * gw else { return false }
        let p = classify(glyph, width: width, variants: false)
        return p.count > 10 && p[10] >= 0.5
    }

    /// The glyph's class probabilities: averaged over pen variants (slanted, thicker, stood upright
    /// by the writer's `slant`) for reading, or the glyph alone (the slash test: a slanted slash is
    /// a "1").
    func classify(_ glyph: GlyphSegmenter.Glyph, width: Int, variants: Bool = true, slant: Double = 0) -> [Double] {
        let mask = Self.mask(of: glyph, width: width)
        return variants ? classifier.classifyVariants(of: mask, writerSlant: slant) : classifier.classify(mask).probabilities
    }

    /// The glyph's pixels as a mask of its own size.
    private static func mask(of glyph: GlyphSegmenter.Glyph, width: Int) -> InkMask {
        InkMask(width: glyph.width, height: glyph.height, pixels: glyph.localMask(regionWidth: width))
    }

    /// The slant of the writer's hand over the whole field: the median slant of its glyphs of at
    /// least 0.6 of the tallest one's height (specks and dots say nothing of the hand). One hand
    /// writes a field, so a strongly leaning "1" is read with its neighbours' lean, not its own
    /// (standing every stroke upright on its own would turn the printed slash into a "1").
    /// Within ±1 (45°): no hand leans further, and the cuts and variants lean no further.
    private func writerSlant(of glyphs: [GlyphSegmenter.Glyph], width: Int) -> Double {
        let tallest = glyphs.map(\.height).max() ?? 0
        let slants = glyphs.filter { 10 * $0.height >= 6 * tallest }.map { Self.mask(of: $0, width: width).slant }.sorted()
        guard !slants.isEmpty else { return 0 }
        let middle = slants.count / 2
        let median = slants.count % 2 == 1 ? slants[middle] : (slants[middle - 1] + slants[middle]) / 2
        return max(-1, min(1, median))
    }

    /// The kept ink read by tesseract with a digit whitelist, on a white page with a margin (the
    /// engine misreads ink that touches the image border).
    private func ocrReading(_ ink: InkImage, dpi: Int, engine: TesseractEngine) -> HandwrittenField.Reading? {
        let margin = 24
        guard let canvas = PageImage.wrap(pixCreate(Int32(ink.width + 2 * margin), Int32(ink.height + 2 * margin), 8)) else { return nil }
        pixSetAll(canvas.pix)
        for y in 0..<ink.height {
            for x in 0..<ink.width where ink.grey[y * ink.width + x] == 0 {
                pixSetPixel(canvas.pix, Int32(x + margin), Int32(y + margin), 0)
            }
        }
        canvas.setResolution(dpi)
        let read = engine.readLine(canvas, dpi: dpi)
        let digits = read.text.filter(\.isNumber)
        guard !digits.isEmpty else { return nil }
        return .init(digits: String(digits), confidence: max(0, min(1, read.confidence / 100)), method: .ocrDigits)
    }
}
