import Foundation
import VietnameseText

/// Finds, on a recognised page, the regions where the number's and the day's digits are written
/// by hand: between the printed anchors "Số:" and "/CODE", and between "ngày" and "tháng"; and,
/// anywhere on the page, a cited instrument's blank "số ..... /QĐ-UBND" whose digits OCR could not
/// read.
///
/// Works on the OCR's word boxes, never on its reading of the handwriting itself (which is noise:
/// "4‡", "ẨT."), and tolerates anchors merged with that noise ("Số:0+", "ngày0?", "S6:"). The
/// header's fields are searched in the top part of the page, where the header stands.
struct FieldLocator {
    /// A region to read, with the height of the printed text on its line.
    struct Region: Equatable {
        var kind: HandwrittenField.Kind
        var box: Box
        /// The printed line's band (its words' top and bottom) inside which digits must centre.
        var lineTop: Int
        var lineBottom: Int
        /// Typical height of the printed letters on the line, in pixels.
        var textHeight: Int
        /// Height of printed digits on the line ("01", "2025"), or an estimate from the letters.
        var digitHeight: Int
        /// Where the printed anchors end and begin: ink that lies wholly before `printedLeft` or
        /// starts at `printedRight` (the slash, the "t" of "tháng") is print, not handwriting.
        var printedLeft: Int
        var printedRight: Int
        /// The furthest right the left anchor's last letter may reach: the end of its word box
        /// when OCR read the anchor alone there (a box capped at the anchor's printed width may
        /// cut its last letter: the "g" of "tháng" in a wider font), else `printedLeft`.
        var printedLeftLatest: Int
        /// The furthest right the printed code's slash may stand: `printedRight`, or further when
        /// the code's word box is wider than its printed letters (OCR took in a handwritten digit
        /// written close to the slash, "1/TB-ĐHTĐ" read as "/TB-ĐHTĐ"). The reader looks for the
        /// slash in the ink up to here.
        var printedRightLatest: Int
        /// For a citation number: the OCR's words from "số" to the code, space-joined.
        var printed: String?
        /// The OCR's lowest word confidence (0–100) over the blank, where it read anything there:
        /// tesseract is sure of typed digits and unsure of handwriting.
        var ocrConfidence: Double?
        /// Where the words OCR read with digits over the blank end, if it read any: handwriting
        /// whose ink goes on well past them was partly taken into another word (the code's).
        var ocrDigitsEnd: Int?
    }

    /// The regions found on a page of `width` x `height` pixels.
    static func regions(in recognised: [RecognizedLine], width: Int, height: Int) -> [Region] {
        let lines = bands(recognised)
        // The header: the top of the page, above the body's first paragraph ("Căn cứ Luật …
        // ngày 19 tháng 6 năm 2015" is a cited law's date, not a blank to read).
        // Lines come in reading order, columns in turn: the body starts at the highest opening.
        let body = lines.filter(opensBody).map(\.box.y).min() ?? height
        let top = lines.filter { $0.box.y < min(body, height * 45 / 100) }
        var found: [Region] = []
        if let number = top.lazy.compactMap({ numberRegion(in: $0, pageWidth: width) }).first { found.append(number) }
        if let (line, day) = top.lazy.compactMap({ line in dayRegion(in: line, pageWidth: width).map { (line, $0) } }).first {
            found.append(day)
            // The month stands on the same line; written by hand too on paper that leaves it blank.
            if let month = monthRegion(in: line, pageWidth: width) { found.append(month) }
        }
        found += lines.flatMap { citationRegions(in: $0, pageWidth: width) }.prefix(maxCitationRegions)
        return found
    }

    /// Whether the line opens a paragraph of the body (``BodyOpening``).
    static func opensBody(_ line: RecognizedLine) -> Bool {
        BodyOpening.opens(folded: VietnameseFolding.fold(line.words.map(\.text).joined(separator: " ")))
    }

    /// The lines with those tesseract split at a wide blank joined back: a handwritten number
    /// between "số:" and "/QĐ-UBND" leaves a gap that ends a line, so an appendix's "(Kèm theo
    /// Quyết định số:" and "/QĐ-UBND ngày" come as two lines of the same band. A line joins the
    /// one before it when their vertical centres lie within half a letter height, their heights
    /// are alike, and it starts to the right of where that one ends (columns side by side).
    static func bands(_ lines: [RecognizedLine]) -> [RecognizedLine] {
        var joined: [RecognizedLine] = []
        // A rule or an underline between the two parts has no words and bounds nothing.
        for line in lines where !line.words.isEmpty {
            guard let last = joined.last else {
                joined.append(line)
                continue
            }
            let h = min(textHeight(of: last), textHeight(of: line))
            let centreGap = abs((last.box.y * 2 + last.box.height) - (line.box.y * 2 + line.box.height)) / 2
            let alike = max(last.box.height, line.box.height) <= 2 * min(last.box.height, line.box.height)
            let gap = line.box.x - (last.box.x + last.box.width)
            guard centreGap <= h / 2, alike, gap > 0, gap < 12 * h else {
                joined.append(line)
                continue
            }
            joined[joined.count - 1] = RecognizedLine(
                text: last.text + " " + line.text,
                confidence: min(last.confidence, line.confidence),
                box: Box(enclosing: [last.box, line.box]) ?? last.box,
                words: last.words + line.words
            )
        }
        return joined
    }

    /// At most this many citation blanks are read on a page (each costs a few classifications).
    static let maxCitationRegions = 6

    /// "Quyết định số ..... /QĐ-UBND": a lowercase "số" followed, within two words, by a printed
    /// code ("/QĐ-UBND"), with no digit read between them (digits OCR did read are print, and the
    /// parser takes them as they are).
    static func citationRegions(in line: RecognizedLine, pageWidth: Int) -> [Region] {
        let words = line.words
        let h = textHeight(of: line)
        var found: [Region] = []
        for (i, word) in words.enumerated() where word.text.first == "s" && ["so", "so:"].contains(VietnameseFolding.fold(word.text)) {
            for j in (i + 1)..<min(words.count, i + 3) {
                guard let slash = slashStart(of: words[j], textHeight: h) else { continue }
                let between = words[(i + 1)..<j].map(\.text).joined() + words[j].text.prefix { !Slashes.all.contains($0) }
                let anchorEnd = word.box.x + word.box.width
                guard !between.contains(where: \.isNumber), Double(slash - anchorEnd) >= 0.8 * Double(h) else { break }
                let latest = codeStart(of: words[j], textHeight: h)
                var region = region(.citationNumber, left: anchorEnd, right: slash, latest: latest, line: line, pageWidth: pageWidth, rightSlack: 0.9)
                region.printed = words[i...j].map(\.text).joined(separator: " ")
                found.append(region)
                break
            }
        }
        return found
    }

    /// Printed widths, in letter heights (the line's median word height), of the anchors when OCR
    /// merged them with the handwriting and their own box cannot be used: "Số:" 1.28, "ngày" 2.2,
    /// "tháng" 2.55, a code capital 0.62 (measured on 300 dpi Times headers).
    enum Width {
        static let so = 1.28, ngay = 2.2, thang = 2.55, nam = 1.75, capital = 0.62
        /// A space between printed words (0.31–0.37 between "năm" and the year on the real scans).
        static let space = 0.35
    }

    /// Whether a word is a year as the date line prints it: four digits, an `OfficialYear`.
    static func isYear(_ word: RecognizedWord) -> Bool {
        word.text.count == 4 && word.text.allSatisfy { $0.isASCII && $0.isNumber } && OfficialYear.contains(Int(word.text) ?? 0)
    }

    /// "Số: ____ /QĐ-UBND": from the end of "Số:" to the slash of the printed code.
    static func numberRegion(in line: RecognizedLine, pageWidth: Int) -> Region? {
        let words = line.words
        let h = textHeight(of: line)
        for (i, word) in words.enumerated() {
            // "Số" opening the header's number line may have lost its capital and its colon ("số
            // 5]H_ /UBND-vP … Cần Thơ, ngày"), or be read as another short word where the pen
            // wrote over it ("sø.", "sốẽ", "VN:"): the line then also holds the place and date.
            // Elsewhere a lowercase "số" without its colon is a citation's.
            // A printed "Số:" anywhere on the line is the anchor, a speck before it ("ề Số:") not.
            let opening =
                i == 0 && NumberMarker.mayBeOverwritten(word.text) && holdsPlaceAndDate(line)
                && !words.contains { anchorEnd(of: $0, anchors: ["so", "s6", "s0"], capital: true, width: Width.so, textHeight: h) != nil }
            let printed = anchorEnd(of: word, anchors: ["so", "s6", "s0"], capital: !opening, width: Width.so, textHeight: h)
            guard let anchorEnd = printed ?? (opening ? min(word.box.x + word.box.width, word.box.x + Int(Width.so * Double(h))) : nil) else {
                continue
            }
            // The printed code: the next word holding a slash followed by a capital (the same word
            // when OCR merged them: "Số:47/QĐ-UBND"), within twelve letter heights: handwriting
            // read as several words ("— . _") stands between.
            for next in words[i...].prefix(7) where next.box.x - anchorEnd <= 12 * h {
                guard let slash = slashStart(of: next, textHeight: h), slash - anchorEnd > 8 else { continue }
                let latest = codeStart(of: next, textHeight: h)
                return region(.number, left: anchorEnd, right: slash, latest: latest, line: line, pageWidth: pageWidth, rightSlack: 0.9)
            }
            // The slash lost under the handwriting ("Số: ._Z é›tv-ccvc"): the code's hyphenated
            // remainder bounds the blank, the ink over the slash included.
            for next in words[(i + 1)...].prefix(7)
            where next.box.x - anchorEnd <= 12 * h && next.text.contains("-") && next.text.filter(\.isLetter).count >= 4 {
                let right = next.box.x + Int(Double(h) * 0.6)
                guard right - anchorEnd > 8 else { continue }
                return region(.number, left: anchorEnd, right: right, line: line, pageWidth: pageWidth, rightSlack: 0.9)
            }
        }
        return nil
    }

    /// "ngày ____ tháng": from the end of "ngày" to the start of "tháng" (or a few letter heights
    /// when "tháng" was not read).
    static func dayRegion(in line: RecognizedLine, pageWidth: Int) -> Region? {
        let words = line.words
        let h = textHeight(of: line)
        let anchored = words.map { glued in
            let word = afterPlace(glued, anchor: "ngay")
            return (word, anchorEnd(of: word, anchors: ["ngay"], capital: false, width: Width.ngay, textHeight: h))
        }
        let readNgay = anchored.contains { $0.1 != nil }
        for (i, glued) in words.enumerated() {
            var (word, found) = anchored[i]
            if found == nil, !readNgay, let (lost, end) = ngayWithoutY(glued, before: words[(i + 1)...], textHeight: h) {
                (word, found) = (lost, end)
            }
            guard let anchorEnd = found else { continue }
            let right: Int
            let folded = Array(VietnameseFolding.fold(word.text))
            if folded.count > 4, folded.suffix(4).elementsEqual("hang"), monthOffset(in: folded, from: 4) != nil {
                // "ngày&Ôtháng", "ngày-2Ô(háng": all three in one word.
                right = word.box.x + word.box.width - Int(Width.thang * Double(h))
            } else if let month = words[(i + 1)...].prefix(3).first(where: { thangStart(in: $0) != nil }) {
                let m = Array(VietnameseFolding.fold(month.text))
                if monthOffset(in: m) != 0 {
                    right = month.box.x + month.box.width - Int(Width.thang * Double(h))
                } else if let printed = printedThang(after: glued, textHeight: h), m.elementsEqual("thang"),
                    Double(month.box.width) > 1.2 * printed, printsMonth(after: month, in: words)
                {
                    // "tháng" read alone in a box that took in the day's last digit written
                    // against it ("23" with its "3" on the "t"; the month after it is print, so
                    // the ink the box took in is before the word): the word is its printed width,
                    // measured against "ngày" on the same line, back from the box's end.
                    right = month.box.x + month.box.width - Int(printed)
                } else {
                    right = month.box.x
                }
            } else {
                right = anchorEnd + 3 * h
            }
            guard right - anchorEnd > 8 else { continue }
            return region(.day, left: anchorEnd, right: right, line: line, pageWidth: pageWidth, rightSlack: 0.5)
        }
        return nil
    }

    /// "ngày" whose "y" the day written over it took ("Đà Lạt ngà tháng năm 2024", "Ninh,ngà"):
    /// the word read "ngà" (lowercase, its grave accent: not "Nga" or "Ngã"), "tháng" among the
    /// next three words; it ends where the printed word does, ``Width/ngay`` letter heights from
    /// its start.
    static func ngayWithoutY(_ glued: RecognizedWord, before next: ArraySlice<RecognizedWord>, textHeight h: Int) -> (RecognizedWord, Int)? {
        let word = afterPlace(glued, anchor: "nga")
        guard word.text.elementsEqual("ngà"), next.prefix(3).contains(where: { thangStart(in: $0) != nil }) else { return nil }
        return (word, max(word.box.x + word.box.width, word.box.x + Int(Width.ngay * Double(h))))
    }

    /// Whether the line holds the header's "<place>, ngày": a word ending in a comma before
    /// "ngày", or the two glued ("Ngãi,ngày").
    static func holdsPlaceAndDate(_ line: RecognizedLine) -> Bool {
        let words = line.words
        return words.indices.contains { i in
            let folded = VietnameseFolding.fold(words[i].text)
            if folded.contains(",ngay") { return true }
            return folded.hasSuffix(",") && i + 1 < words.count && VietnameseFolding.fold(words[i + 1].text).hasPrefix("ngay")
        }
    }

    /// The part of `word` from `anchor` on, when OCR glued the anchor to the place before it
    /// ("Ngãi,ngày", "Nội.ngày"): its box starts at the anchor's share of the word's letters.
    /// Any other word is returned as it is.
    static func afterPlace(_ word: RecognizedWord, anchor: String) -> RecognizedWord {
        let chars = Array(word.text)
        let folded = Array(VietnameseFolding.fold(word.text))
        guard folded.count == chars.count, !folded.starts(with: anchor) else { return word }
        for k in 1..<max(1, folded.count) where ",.".contains(folded[k - 1]) && folded[k...].starts(with: anchor) {
            guard folded[..<(k - 1)].contains(where: \.isLetter) else { return word }
            let x = word.box.x + word.box.width * k / folded.count
            let box = Box(x: x, y: word.box.y, width: word.box.x + word.box.width - x, height: word.box.height)
            return RecognizedWord(text: String(chars[k...]), confidence: word.confidence, box: box)
        }
        return word
    }

    /// The printed width of "tháng" on the line, from the width of its "ngày" read alone (the
    /// two words' widths keep their ratio in any font and size; measured against the letter
    /// height instead, it varies by a fifth with the words on the line), or `nil` when "ngày"
    /// was not read alone in a box of its own width.
    static func printedThang(after ngay: RecognizedWord, textHeight: Int) -> Double? {
        guard VietnameseFolding.fold(ngay.text) == "ngay", Double(ngay.box.width) <= 1.5 * Width.ngay * Double(textHeight) else { return nil }
        return Double(ngay.box.width) * Width.thang / Width.ngay
    }

    /// Whether the word after `month` ("tháng") is a printed month: one or two digits OCR is
    /// sure of, a word of its own.
    static func printsMonth(after month: RecognizedWord, in words: [RecognizedWord]) -> Bool {
        guard let next = words.first(where: { $0.box.x > month.box.x }) else { return false }
        return (1...2).contains(next.text.count) && next.text.allSatisfy(\.isNumber) && next.confidence >= 80
    }

    /// "tháng ____ năm": from the end of "tháng" to the start of "năm" (merged forms as for the
    /// day: "thángĐ", "7năm"; "năm" lost, back from the year), or two letter heights when
    /// neither was read.
    static func monthRegion(in line: RecognizedLine, pageWidth: Int) -> Region? {
        let words = line.words
        let h = textHeight(of: line)
        for (i, word) in words.enumerated() {
            let folded = VietnameseFolding.fold(word.text)
            // "tháng" alone, glued after the day ("0Htháng"), or glued to the month ("tháng7").
            guard let start = thangStart(in: word) else { continue }
            // The printed word's own width: OCR boxes often take in the ink written just after it,
            // and the next word may start inside the box.
            var anchorEnd = min(word.box.x + word.box.width, start + Int(Width.thang * 1.05 * Double(h)))
            // The box's end bounds the anchor's last letter only within a fifth of the word's
            // printed width: a box wider still took in the month's ink.
            var boxEnd = folded == "thang" ? min(word.box.x + word.box.width, start + Int(Width.thang * 1.3 * Double(h))) : anchorEnd
            if i + 1 < words.count, words[i + 1].box.x > start {
                anchorEnd = min(anchorEnd, words[i + 1].box.x)
                boxEnd = min(boxEnd, words[i + 1].box.x)
            }
            let right: Int
            if let year = words[(i + 1)...].prefix(3).first(where: { VietnameseFolding.fold($0.text).contains("nam") }) {
                let y = VietnameseFolding.fold(year.text)
                right = y.hasPrefix("nam") ? year.box.x : year.box.x + year.box.width - Int(Width.nam * Double(h))
            } else if word.box.x + word.box.width > anchorEnd, folded.hasSuffix("nam"), !folded.hasSuffix("thang") {
                right = word.box.x + word.box.width - Int(Width.nam * Double(h))
            } else if let year = words[(i + 1)...].prefix(4).first(where: isYear) {
                // "năm" lost under the month's ink ("tháng Hư am 2024"): the printed year bounds
                // the blank, "năm" and a space back from it.
                right = year.box.x - Int((Width.nam + Width.space) * Double(h))
            } else {
                right = anchorEnd + 2 * h
            }
            guard right - anchorEnd > 8 else { continue }
            return region(.month, left: anchorEnd, leftLatest: boxEnd, right: right, line: line, pageWidth: pageWidth, rightSlack: 0.4)
        }
        return nil
    }

    /// Where the printed "tháng" starts in `word`: its left edge, or, when OCR glued other ink
    /// before it ("0Htháng", "ngày&Ôtháng"), its share of the word's letters; `nil` without it.
    /// A "tháng" whose "t" the ink garbled ("(háng") counts (``MonthWord``).
    static func thangStart(in word: RecognizedWord) -> Int? {
        let folded = Array(VietnameseFolding.fold(word.text))
        guard let before = monthOffset(in: folded) else { return nil }
        guard before > 0 else { return word.box.x }
        return word.box.x + word.box.width * before / max(1, folded.count)
    }

    /// The offset of "tháng" (or a garbled one) in a folded word, from `start`.
    static func monthOffset(in folded: [Character], from start: Int = 0) -> Int? {
        MonthWord.offset(in: folded, from: start, within: folded.count)
    }

    private static func region(
        _ kind: HandwrittenField.Kind,
        left: Int,
        leftLatest: Int? = nil,
        right: Int,
        latest: Int? = nil,
        line: RecognizedLine,
        pageWidth: Int,
        rightSlack: Double
    ) -> Region {
        let h = textHeight(of: line)
        let x0 = max(0, left - h / 10)
        let latest = max(right, latest ?? right)
        let x1 = min(pageWidth, latest + Int(Double(h) * rightSlack))
        let bandTop = line.words.filter { !$0.text.isEmpty }.map(\.box.y).min() ?? line.box.y
        let y0 = max(0, bandTop - h)
        let y1 = line.box.y + line.box.height + h / 2
        let printedDigits = line.words.filter { $0.text.count >= 2 && $0.text.allSatisfy(\.isNumber) && $0.confidence >= 80 }.map(\.box.height)
            .sorted()
        let digitHeight = printedDigits.isEmpty ? h * 3 / 4 : printedDigits[printedDigits.count / 2]
        let over = line.words.filter { $0.box.x < right && $0.box.x + $0.box.width > left && $0.text.contains(where: \.isNumber) }
        return Region(
            kind: kind,
            box: Box(x: x0, y: y0, width: max(1, x1 - x0), height: max(1, y1 - y0)),
            lineTop: bandTop,
            lineBottom: line.box.y + line.box.height,
            textHeight: h,
            digitHeight: digitHeight,
            printedLeft: left,
            printedRight: right,
            printedLeftLatest: max(left, leftLatest ?? left),
            printedRightLatest: latest,
            ocrConfidence: over.map(\.confidence).min(),
            ocrDigitsEnd: over.map { $0.box.x + $0.box.width }.max()
        )
    }

    /// The height of the line's printed letters: the median height of its words with letters.
    static func textHeight(of line: RecognizedLine) -> Int {
        let heights = line.words.filter { $0.text.contains(where: \.isLetter) }.map(\.box.height).sorted()
        guard !heights.isEmpty else { return max(20, line.box.height) }
        return max(12, heights[heights.count / 2])
    }

    /// Where an anchor word ends, when `word` starts with one of `anchors` (folded: no marks,
    /// lowercase). A word longer than its anchor ("Số:ổ0", "ngày0?") ends where the anchor's
    /// printed `width` (in letter heights) says, not at the box's edge.
    static func anchorEnd(of word: RecognizedWord, anchors: [String], capital: Bool, width: Double, textHeight: Int) -> Int? {
        let text = word.text
        guard let first = text.first else { return nil }
        let folded = VietnameseFolding.fold(text)
        guard let anchor = anchors.first(where: { folded.hasPrefix($0) }) else { return nil }
        let rest = folded.dropFirst(anchor.count)
        // The colon (or a dot read for it) belongs to the anchor.
        let colon = rest.first.map { ":.;".contains($0) } ?? false
        // "Số" must be capitalised or followed by its colon ("số: €Í“2"): "số 28/KH-UBND" in a
        // sentence is a citation.
        if capital && !first.isUppercase && !colon { return nil }
        let tail = colon ? rest.dropFirst() : rest
        let printedEnd = word.box.x + Int(width * Double(textHeight))
        if tail.isEmpty {
            // OCR read only the anchor but its box took in the handwriting after it ("Số;" 2.8
            // letter heights wide over "19"): past half again its printed width, the box is not
            // the anchor's.
            let swallowed = Double(word.box.width) > 1.5 * width * Double(textHeight)
            return swallowed ? printedEnd : word.box.x + word.box.width
        }
        // Letters straight after "S" + "ố" make another word ("Sông"); after "ngày" they are
        // handwriting read as letters ("ngàyẨT"), since the caller wants "tháng" to follow.
        if !colon, capital, let next = tail.first, next.isLetter { return nil }
        return min(word.box.x + word.box.width, printedEnd)
    }

    /// Where the printed code that opens `word` ("/TB-ĐHTĐ") starts when its box is wider than
    /// its letters by a fifth: OCR took ink before the slash into the word (a handwritten "1"
    /// written against it) and read it as nothing; otherwise the box's start. The letters' width
    /// is measured in Times ems (``codeWidth(_:)``); on the real-dev headers a code's box is
    /// 0.84–1.11 of it (1.31 with a "1" taken in).
    static func codeStart(of word: RecognizedWord, textHeight: Int) -> Int {
        let chars = Array(word.text)
        guard codeIndex(in: chars) == 0 else { return word.box.x }
        let printed = codeWidth(chars) * Double(textHeight)
        guard Double(word.box.width) > 1.2 * printed else { return word.box.x }
        return word.box.x + word.box.width - Int(printed)
    }

    /// The printed width of a code in letter heights: Times New Roman's advance widths in ems
    /// (capitals 0.56–0.94, "/" 0.28, "-" 0.33), an em being about one letter height (the line's
    /// median word height) on the real-dev headers.
    static func codeWidth(_ chars: [Character]) -> Double {
        chars.reduce(0) { sum, c in
            switch c {
            case "/", "⁄", "∕", "／": sum + 0.278
            case "-", "–": sum + 0.333
            case "I", "J": sum + 0.35
            case "M": sum + 0.889
            case "W": sum + 0.944
            case "E", "L", "T", "Z": sum + 0.611
            case "F", "P", "S": sum + 0.556
            case "B", "C", "R": sum + 0.667
            case _ where c.isUppercase: sum + 0.722
            case _ where c.isNumber: sum + 0.5
            default: sum + 0.444
            }
        }
    }

    /// The x of the slash that opens a printed code ("/QĐ-UBND", "Đ4/UBND-KTTH"), or `nil`. When
    /// handwriting was merged before the slash, the code's printed width is measured back from the
    /// word's end.
    static func slashStart(of word: RecognizedWord, textHeight: Int) -> Int? {
        let chars = Array(word.text)
        guard let start = codeIndex(in: chars) else { return nil }
        if start == 0 { return word.box.x }
        let code = Double(chars.count - start) * Width.capital * Double(textHeight)
        return max(word.box.x, word.box.x + word.box.width - Int(code))
    }

    /// The index in `chars` where a printed code starts: its slash followed by a capital, or, for a
    /// Party-style number ("12-TB/ĐTN", "05-CT/TW"), the hyphen before the type code (the digits
    /// end there; the type is print too); `nil` without a code.
    static func codeIndex(in chars: [Character]) -> Int? {
        // The first slash followed by a capital and another letter: OCR reads handwriting before
        // it as anything, slashes too ("#⁄10/QĐ-UBND"), and a handwritten "75" as "/s".
        guard
            let index = chars.indices.first(where: {
                Slashes.all.contains(chars[$0]) && $0 + 1 < chars.count && chars[$0 + 1].isUppercase
                    && chars[($0 + 1)...].prefix(while: \.isLetter).count >= 2
            })
        else { return nil }
        var k = index - 1
        while k >= 0, chars[k].isLetter, chars[k].isUppercase { k -= 1 }
        return k >= 0 && k < index - 1 && chars[k] == "-" ? k : index
    }
}
