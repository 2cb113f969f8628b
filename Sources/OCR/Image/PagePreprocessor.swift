import CTesseract

/// Applies `Preprocessing` to a page image with leptonica.
struct PagePreprocessor {
    let settings: Preprocessing
    /// Keep a plain-luminance twin of pages whose colour is dropped (for the handwriting reader).
    var keepsInk = true

    /// The prepared page and what was done to it.
    struct Prepared {
        var image: PageImage
        var dpi: Int
        var rotation: Int
        var deskewAngle: Double?
        /// The page in plain luminance, in the same geometry as `image`, when colour dropout
        /// changed it: ink a clerk added in blue after signing (the handwritten number and day)
        /// is still there.
        var ink: PageImage?
    }

    /// Prepares `image` (whose true resolution is `dpi`) for recognition: grey, resolution, skew.
    /// Orientation is checked afterwards, and only when the first reading is poor (`upright`).
    func prepare(_ image: PageImage, dpi: Int) -> Prepared {
        var (current, ink) = grey(image)
        var dpi = dpi
        if settings.minimumDPI > 0, dpi > 0, dpi < settings.minimumDPI {
            let factor = min(3.0, Double(settings.minimumDPI) / Double(dpi))
            if let scaled = PageImage.wrap(pixScale(current.pix, Float(factor), Float(factor))) {
                current = scaled
                ink = ink.flatMap { PageImage.wrap(pixScale($0.pix, Float(factor), Float(factor))) }
                dpi = Int((Double(dpi) * factor).rounded())
            }
        }
        if settings.evenBackground, current.depth == 8, Self.isUneven(current.pix),
            let even = PageImage.wrap(pixBackgroundNormSimple(current.pix, nil, nil))
        {
            current = even
        }
        current.setResolution(dpi)
        return deskewed(Prepared(image: current, dpi: dpi, rotation: 0, deskewAngle: nil, ink: ink))
    }

    /// The page turned upright when tesseract's orientation detection finds it sideways or upside
    /// down with some confidence, deskewed again; `nil` when it is upright or detection is unsure.
    func upright(_ prepared: Prepared, engine: TesseractEngine) -> Prepared? {
        guard settings.orientation, let found = orientation(of: prepared.image, dpi: prepared.dpi, engine: engine),
            found.degrees != 0, found.confidence >= Self.sureOrientation,
            let turned = PageImage.wrap(pixRotateOrth(prepared.image.pix, Int32(found.degrees / 90)))
        else { return nil }
        turned.setResolution(prepared.dpi)
        let ink = prepared.ink.flatMap { PageImage.wrap(pixRotateOrth($0.pix, Int32(found.degrees / 90))) }
        return deskewed(Prepared(image: turned, dpi: prepared.dpi, rotation: found.degrees, deskewAngle: nil, ink: ink))
    }

    private func deskewed(_ prepared: Prepared) -> Prepared {
        guard settings.deskew else { return prepared }
        var result = prepared
        var measured: Float = 0
        var confidence: Float = 0
        if let straight = PageImage.wrap(pixFindSkewAndDeskew(prepared.image.pix, 2, &measured, &confidence)) {
            straight.setResolution(prepared.dpi)
            result.image = straight
            if confidence > 0, abs(measured) >= 0.05 { result.deskewAngle = Double(measured) }
            // The twin turns as leptonica turned the page (it rotates only above confidence 3
            // and 0.1 degree).
            if let ink = prepared.ink, confidence > 3, abs(measured) >= 0.1 {
                result.ink = PageImage.wrap(pixRotate(ink.pix, measured * .pi / 180, Int32(L_ROTATE_AREA_MAP), Int32(L_BRING_IN_WHITE), 0, 0))
            }
        }
        return result
    }

    /// How far apart, in grey levels, the paper's brightness may be between the 10 % darkest and
    /// the 2 % brightest parts of a page that is still even. On the corpus: even pages 9–32
    /// (phone photo, blur), the uneven page 105; a few dark blotches (the noise page: 2 % of its
    /// tiles at 157) do not count, a shadow over a tenth of the page does.
    static let unevenSpread: UInt32 = 50

    /// True when the paper's brightness, measured tile by tile (leptonica's background map: the
    /// brightest pixels of each 60-pixel tile, taken at half resolution — 13 ms a page instead of
    /// 34, the same spreads on the corpus), spreads over more than ``unevenSpread`` levels.
    static func isUneven(_ pix: UnsafeMutablePointer<PIX>) -> Bool {
        var half: UnsafeMutablePointer<PIX>? = pixScaleAreaMap2(pix)
        guard half != nil else { return false }
        defer { pixDestroy(&half) }
        var map: UnsafeMutablePointer<PIX>?
        guard pixGetBackgroundGrayMap(half, nil, 30, 30, 100, 12, &map) == 0, map != nil else { return false }
        defer { pixDestroy(&map) }
        var dark: UInt32 = 0
        var bright: UInt32 = 0
        guard pixGetRankValue(map, 1, 0.10, &dark) == 0, pixGetRankValue(map, 1, 0.98, &bright) == 0 else { return false }
        return bright > dark + unevenSpread
    }

    /// True when the page carries coloured ink (a seal, a signature, a stamp): among the pixels
    /// that are neither paper nor black, more than 3% differ clearly between channels
    /// (`pixColorFraction`). Pages without it keep plain luminance: on heavily compressed JPEGs the
    /// brightest-channel grey thins the strokes, because of the colour fringes around black print.
    static func hasInk(_ pix: UnsafeMutablePointer<PIX>) -> Bool {
        var pixelFraction: Float = 0
        var colorFraction: Float = 0
        guard pixColorFraction(pix, 40, 230, 50, 4, &pixelFraction, &colorFraction) == 0 else { return true }
        return colorFraction * pixelFraction > 0.0015 || colorFraction > 0.03
    }

    /// OSD's confidence from which its orientation is taken.
    static let sureOrientation = 2.0

    /// Tesseract's orientation detection on the page at half resolution (at most 150 dpi): as
    /// reliable as at full size for body text, and a quarter of the cost; asked again at full
    /// resolution when unsure there (a 200 dpi scan turned sideways, its blue ink and seal dropped,
    /// is unsure at 125 dpi and sure at 250).
    private func orientation(of image: PageImage, dpi: Int, engine: TesseractEngine) -> (degrees: Int, confidence: Double)? {
        guard dpi > 200, image.depth == 8, let small = PageImage.wrap(pixScaleAreaMap2(image.pix)) else {
            return engine.uprightRotation(of: image, dpi: dpi)
        }
        small.setResolution(dpi / 2)
        let half = engine.uprightRotation(of: small, dpi: dpi / 2)
        if let half, half.confidence >= Self.sureOrientation { return half }
        return engine.uprightRotation(of: image, dpi: dpi) ?? half
    }

    /// Grey from the brightest channel (red seals and blue ink turn light, black print stays), then
    /// every clearly coloured pixel — channels more than 50 apart, grown by one pixel to take the
    /// fringes — set to paper, so the seal's star, ring text and the signature vanish instead of
    /// staying as light grey shapes that the binariser may keep.
    static func dropColouredInk(_ pix: UnsafeMutablePointer<PIX>) -> PageImage? {
        guard let grey = PageImage.wrap(pixConvertRGBToGrayMinMax(pix, Int32(L_CHOOSE_MAX))),
            let spread = PageImage.wrap(pixConvertRGBToGrayMinMax(pix, Int32(L_CHOOSE_MAXDIFF))),
            let plain = PageImage.wrap(pixThresholdToBinary(spread.pix, 50)),
            let coloured = PageImage.wrap(pixInvert(nil, plain.pix)),
            let grown = PageImage.wrap(pixDilateBrick(nil, coloured.pix, 3, 3))
        else { return nil }
        pixSetMasked(grey.pix, grown.pix, 0xFF)
        return grey
    }

    /// 8-bit grey (colour dropout or luminance); 1-bit pages stay as they are. With dropout, the
    /// plain luminance comes too, for the handwriting reader.
    private func grey(_ image: PageImage) -> (PageImage, ink: PageImage?) {
        let pix = image.pix
        if pixGetColormap(pix) != nil, let plain = PageImage.wrap(pixRemoveColormap(pix, Int32(REMOVE_CMAP_BASED_ON_SRC))) {
            return grey(plain)
        }
        switch image.depth {
        case 32:
            if settings.colorDropout, Self.hasInk(pix), let dropped = Self.dropColouredInk(pix) {
                return (dropped, keepsInk ? PageImage.wrap(pixConvertRGBToLuminance(pix)) : nil)
            }
            return (PageImage.wrap(pixConvertRGBToLuminance(pix)) ?? image, nil)
        case 1, 8:
            return (image, nil)
        default:
            return (PageImage.wrap(pixConvertTo8(pix, 0)) ?? image, nil)
        }
    }
}
