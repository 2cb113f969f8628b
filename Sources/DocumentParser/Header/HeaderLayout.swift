import VietnameseText

/// Where the parts of the first document's header sit: its page, the quốc hiệu, the number line,
/// the type line or the "V/v" line, and the page where an attached document begins.
struct HeaderLayout: Sendable, Hashable {
    /// 0-based index of the header page.
    var page: Int
    /// Line indices on that page.
    var nationalLine: Int?
    var numberLine: Int?
    /// Where the number starts on the number line: after its "Số:", or after the short word the
    /// pen made of it (``opensNumberRow(_:)``).
    var numberStart: Int?
    /// The codes the organ lines imply, when the number line's code was read against them
    /// (``IssuerCodes``); empty when it reads on its own.
    var issuerCodes: [String] = []
    var typeLine: Int?
    var vvLine: Int?
    /// 0-based index one past the main document's last page.
    var mainEnd: Int

    /// How far down a page the header may start.
    static let headerDepth = 45

    /// Finds the layout.
    static func locate(in pages: [[TextLine]]) -> HeaderLayout {
        var pageIndex = 0
        for (p, lines) in pages.enumerated() {
            let top = lines.prefix(headerDepth)
            if top.contains(where: IssuerExtractor.isNationalLine) || top.contains(where: { numberParses($0) }) {
                pageIndex = p
                break
            }
        }
        let lines = pages[pageIndex]
        let top = Array(lines.prefix(headerDepth))
        let national = top.firstIndex(where: IssuerExtractor.isNationalLine)
        // "Số:" with its colon first: a body line starting "số 107/2021/NĐ-CP" (a citation broken
        // after its type word) is the number line only when no header line is.
        // Without a punctuated "Số:" line, an unpunctuated one counts only in the header, above
        // the body ("Căn cứ …", "Thực hiện …", "Kính gửi …"): a body line "số 107/2021/NĐ-CP" is
        // a citation, and the document's own number is then unknown, never a cited one.
        let bodyStart = top.firstIndex { BodyOpening.opens(folded: $0.fold) } ?? top.count
        var number =
            top.firstIndex { NumberLineParser.markerIsPunctuated(in: $0) && numberParses($0) }
            ?? top.prefix(bodyStart).firstIndex(where: { numberParses($0) })
        var numberStart = number.flatMap { NumberLineParser.markerEnd(in: top[$0]) }
        if number == nil, let row = top.prefix(bodyStart).firstIndex(where: opensNumberRow) {
            number = row
            numberStart = NumberLineParser.openingEnd(in: top[row])
        }
        var issuerCodes: [String] = []
        if number == nil, national != nil {
            // A "Số:" row whose code the pen garbled past one slip ("Số: 6 øöpụD-vp Quảng Ngãi,
            // ngày …"): read against the codes the organ lines above it imply.
            for row in top.prefix(bodyStart).indices where NumberLineParser.markerIsPunctuated(in: top[row]) {
                let codes = IssuerCodes.implied(by: IssuerExtractor.organLines(in: top, nationalLine: national, numberLine: row))
                guard !codes.isEmpty, numberParses(top[row], issuerCodes: codes) else { continue }
                (number, numberStart, issuerCodes) = (row, NumberLineParser.markerEnd(in: top[row]), codes)
                break
            }
        }
        let anchor = number ?? national ?? -1
        var typeLine: Int?
        let from = max(0, anchor + 1)
        for i in from..<min(lines.count, from + 12) {
            let line = lines[i]
            if line.uppercaseShare >= 0.6, DocumentKinds.name(forTitleLetters: line.foldedLetters) != nil {
                typeLine = i
                break
            }
        }
        if typeLine == nil, anchor < 0 {
            typeLine = top.firstIndex { $0.uppercaseShare >= 0.6 && DocumentKinds.name(forTitleLetters: $0.foldedLetters) != nil }
        }
        var vvLine: Int?
        if typeLine == nil, anchor >= 0 {
            vvLine = (anchor..<min(lines.count, anchor + 8)).first { i in
                var f = Substring(lines[i].fold)
                while let c = f.first, !c.isLetter { f.removeFirst() }
                // "V/v", OCR'd "V/V", "V/y", "W/v".
                guard f.count >= 4, "vw".contains(f.first ?? " ") else { return false }
                let rest = f.dropFirst()
                return rest.hasPrefix("/v ") || rest.hasPrefix("/y ") || rest.hasPrefix("/v.")
            }
        }
        // An attached document starts on a later page with its own quốc hiệu.
        var mainEnd = pages.count
        for p in (pageIndex + 1)..<max(pageIndex + 1, pages.count) where pages[p].prefix(15).contains(where: IssuerExtractor.isNationalLine) {
            mainEnd = p
            break
        }
        return HeaderLayout(
            page: pageIndex,
            nationalLine: national,
            numberLine: number,
            numberStart: numberStart,
            issuerCodes: issuerCodes,
            typeLine: typeLine,
            vvLine: vvLine,
            mainEnd: mainEnd
        )
    }

    /// Whether the line opens with a "Số" marker and a number follows it (its code read against
    /// `issuerCodes` too, when given).
    static func numberParses(_ line: TextLine, issuerCodes: [String] = []) -> Bool {
        guard let m = NumberLineParser.markerEnd(in: line) else { return false }
        return NumberLineParser.parse(line, from: m, issuerCodes: issuerCodes) != nil
    }

    /// Whether the line is the header's number row with its "Số:" written over: a short first
    /// word (``NumberLineParser/openingEnd(in:)``), a code whose first part is a known code, as
    /// printed or restored, and straight after it the place and date ("sø. 43 /UBND-VP Quảng
    /// Ngãi, ngày 17 tháng …"). A line citing "12/QĐ-UBND ngày 3 tháng 1 năm 2024" has no place
    /// with its comma between the code and "ngày": its number is a cited one.
    static func opensNumberRow(_ line: TextLine) -> Bool {
        guard let m = NumberLineParser.openingEnd(in: line), let parsed = NumberLineParser.parse(line, from: m),
            let head = parsed.reading.code.split(whereSeparator: { $0 == "-" || $0 == "/" }).first,
            CodeRepair.knownCodes.contains(String(head)) || DocumentKinds.isKnownCode(String(head)),
            let date = IssueDateParser.parse(line, placeStart: parsed.end), date.place != nil,
            date.placeOffset >= parsed.end, !line.chars[parsed.end..<date.placeOffset].contains(where: \.isLetter),
            let ngay = IssueDateParser.dayWord(in: line)?.start, ngay > parsed.end
        else { return false }
        let before = line.folded[parsed.end..<ngay].filter { $0 != " " }
        return before.last == ","
    }

    /// The line with the place and date: the number line itself when the columns sit side by side,
    /// else a line near it, else any line above the subject.
    func dateLine(in lines: [TextLine]) -> Int? {
        let anchor = numberLine ?? nationalLine ?? 0
        // The place and date stand in the right column, under the quốc hiệu and motto, which may
        // come after the whole left column (number and V/v lines) when columns are read in turn.
        let limit = min(lines.count - 1, max(typeLine ?? vvLine ?? anchor + 8, (nationalLine ?? 0) + 3))
        var order: [Int] = []
        if let n = numberLine { order.append(n) }
        // From the quốc hiệu on: a photo's columns may be read right first ("Hà Nội, ngày …"
        // above the issuer's lines, several lines before the number).
        let from = max(0, min(anchor - 4, (nationalLine ?? anchor) - 1))
        order += (from..<min(lines.count, max(anchor, limit) + 1)).filter { $0 != numberLine }
        if let found = order.first(where: { IssueDateParser.parse(lines[$0]) != nil }) { return found }
        // A header of one column read in turn (no quốc hiệu: a Party or union page) may put the
        // place and date after a "V/v" subject of two or three lines: a line with its place,
        // before "Kính gửi" or the body.
        guard typeLine == nil, let vv = vvLine else { return nil }
        for i in (vv + 1)..<min(lines.count, vv + 5) {
            if lines[i].find("kinh gui") != nil || lines[i].find("can cu") != nil { return nil }
            if IssueDateParser.parse(lines[i])?.place != nil { return i }
        }
        return nil
    }

    /// An authority line between the subject and "Căn cứ": "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI",
    /// "CHỦ TỊCH ỦY BAN NHÂN DÂN …" (two lines at most, joined).
    static func authorityLine(in lines: [TextLine], after start: Int) -> String? {
        var i = start
        var seen = 0
        while i < lines.count, seen < 3 {
            let line = lines[i]
            if line.isBlank {
                i += 1
                continue
            }
            seen += 1
            guard line.uppercaseShare >= 0.8, IssuerExtractor.startsOrgan(line.text),
                !IssuerExtractor.isNationalLine(line)
            else {
                i += 1
                continue
            }
            var text = line.text
            if i + 1 < lines.count, lines[i + 1].uppercaseShare >= 0.8, !lines[i + 1].isBlank,
                OrganName.match(
                    OrganName.preparedUnits,
                    in: lines[i + 1].text.split(separator: " ").map { VietnameseFolding.fold(String($0)) },
                    at: 0
                ) != nil
            {
                // "CHỦ TỊCH ỦY BAN NHÂN DÂN" / "TỈNH QUẢNG NGÃI"; not "KHÓA XII KỲ HỌP …".
                text += " " + lines[i + 1].text
            }
            // "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH điện:": the verb of a công điện after the
            // authority is no part of it.
            var words = text.split(separator: " ")
            while let last = words.last, words.count > 1, 2 * last.filter(\.isLowercase).count > last.filter(\.isLetter).count {
                words.removeLast()
            }
            return words.joined(separator: " ").trimmingCharacters(in: " .,:;")
        }
        return nil
    }
}
