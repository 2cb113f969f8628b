/// Finds every mention of a numbered instrument in one left-to-right pass: a number at a word
/// boundary, then its type (read backwards: "Nghị định số", "QĐ", a list's "các Quyết định: Số"),
/// its date and its issuer (read forwards: "ngày ... của ..."). Work per mention is bounded, so
/// the pass is linear in the text.
struct CitationScanner: Sendable {
    /// One mention of a numbered instrument.
    struct Mention: Sendable {
        var number: String
        /// Short forms ("QĐ 3855", "Nghị quyết số 39") resolved later against full numbers.
        var shortSerial: String?
        var shortYear: String?
        var type: String
        var explicitType: Bool
        var name: String?
        var date: String?
        var issuer: String?
        var impliedIssuer: String?
        var basis: Bool
        var start: Int
        var end: Int
        /// "Chỉ thị số 16/CT-TTg ngày ... và Chỉ thị số 33/CT-TTg ... của Thủ tướng": the issuer comes later.
        var sharesIssuerWithNext: Bool
    }

    let text: ScannedText
    let issuers: IssuerReader
    let scopes: BasisScopes

    /// A list heading ("các Quyết định của UBND tỉnh: Số ...") whose issuer the items share.
    private struct ListContext {
        var issuer: String?
        var start: Int
    }

    /// Scans the whole text.
    /// - Returns: the mentions, and the keys of numbers printed after "Số:" (the document's own).
    func mentions() -> (mentions: [Mention], headerNumbers: Set<String>) {
        var headerNumbers: Set<String> = []
        let t = text.scalars
        var result: [Mention] = []
        var list: ListContext?
        var i = 0
        while i < text.count {
            guard ScannedText.isDigit(t[i]), i == 0 || !ScannedText.isAlnum(t[i - 1]) else {
                // A list ends with its sentence or paragraph.
                if t[i] == ".", i + 1 < text.count, ScannedText.isSpace(t[i + 1]) { list = nil }
                if t[i] == ScannedText.paragraphBreak { list = nil }
                if t[i] == "\n", i > 0, t[i - 1] == ";" || t[i - 1] == "." || t[i - 1] == ":" { list = nil }
                i += 1
                continue
            }
            if isHeaderNumber(at: i) {
                // The document's own number: remembered so that its other mentions ("Trên đây là
                // Công văn số ...") are not cited either.
                if let own = NumberCanonicalizer.read(text, at: i, afterSo: true), !own.codes.isEmpty {
                    headerNumbers.insert(NumberCanonicalizer.key(own.canonical))
                }
                i += 1
                continue
            }
            var previous = text.previousWord(before: i)
            // "số ] 01/2024/NĐ-CP": OCR read the serial's leading "1" as a bracket or a bar.
            var strayOne = false
            let back = text.skipSpacesBack(i)
            if previous == nil, back > 0, ["]", "|", "["].contains(t[back - 1]),
               let so = text.previousWord(before: back - 1), so.folded == "so" {
                strayOne = true
                previous = so
            } else if let stray = previous, stray.folded == "l" || stray.folded == "i", stray.range.count == 1,
                      stray.range.upperBound < i, let so = text.previousWord(before: stray.range.lowerBound), so.folded == "so" {
                // "số l 466/QĐ-UBND": the "1" read as a letter l or I, cut off by a space.
                strayOne = true
                previous = so
            }
            let afterSo = previous?.folded == "so"
            if isNotAnInstrument(numberAt: i, previous: previous) {
                i += 1
                while i < text.count, ScannedText.isDigit(t[i]) { i += 1 }
                continue
            }
            guard let match = NumberCanonicalizer.read(text, at: i, afterSo: afterSo) else {
                if let short = bareShortForm(at: i) { result.append(short) }
                i += 1
                while i < text.count, ScannedText.isDigit(t[i]) { i += 1 }
                continue
            }
            var mention = describe(match)
            if strayOne, !mention.value.number.isEmpty, match.serial.count < 4 {
                mention.value.number = "1" + mention.value.number
            }
            if let heading = mention.listHeading {
                list = ListContext(issuer: heading.issuer, start: heading.start)
            } else if mention.value.issuer == nil, !mention.value.explicitType, let context = list, i - context.start < 2500 {
                mention.value.issuer = context.issuer
            }
            if mention.value.number.isEmpty {
                if mention.value.shortSerial != nil { result.append(mention.value) }
            } else {
                result.append(mention.value)
            }
            i = max(match.end, i + 1)
        }
        // Shared issuers: a mention without one takes the next mention's when joined by "và" or ","
        // ("Chỉ thị số 16/CT-TTg ... và Chỉ thị số 33/CT-TTg ... của Thủ tướng Chính phủ") ...
        var k = result.count - 2
        while k >= 0 {
            if result[k].issuer == nil, result[k].sharesIssuerWithNext { result[k].issuer = result[k + 1].issuer }
            k -= 1
        }
        // ... or the previous one's when it follows it that way ("tại Tờ trình số 6389/... và Báo cáo số 13/...").
        if result.count > 1 {
            for k in 1..<result.count where result[k].issuer == nil && result[k - 1].sharesIssuerWithNext {
                result[k].issuer = result[k - 1].issuer
            }
        }
        return (result, headerNumbers)
    }

    /// Numbered things that are not instruments: forms and appendices ("Mẫu số 01/BC", "Phụ lục số
    /// 02/KH"), tables, standards ("QCVN 02/2022/BCT", "TCVN ..."), accounts and vehicles.
    private func isNotAnInstrument(numberAt index: Int, previous: (range: Range<Int>, folded: String)?) -> Bool {
        guard var word = previous else { return false }
        if word.folded == "so", let before = text.previousWord(before: word.range.lowerBound) { word = before }
        return ["mau", "bieu", "luc", "bang", "khoan", "qcvn", "tcvn", "iso", "xe", "phong", "hieu"].contains(word.folded)
            && !(word.folded == "hieu" && text.previousWord(before: word.range.lowerBound)?.folded != "ky")
    }

    /// "Số: 63 /KH-THNH": the document's own number in its header (OCR: "Só:", "S6:", "Sô:").
    private func isHeaderNumber(at index: Int) -> Bool {
        let back = text.skipSpacesBack(index)
        guard back > 0, text.scalars[back - 1] == ":" else { return false }
        guard let word = text.previousWord(before: back - 1) else { return false }
        return ["so", "s6", "s0", "sd"].contains(word.folded) && ScannedText.isUpper(text.scalars[word.range.lowerBound])
    }

    private struct Described {
        var value: Mention
        var listHeading: ListContext?
    }

    /// Reads the type before a number and the date and issuer after it.
    private func describe(_ match: NumberCanonicalizer.Match) -> Described {
        let before = typeBefore(match.start)
        var type = NumberCanonicalizer.impliedType(of: match)
        var explicit = false
        var name: String?
        if let before, DocumentTypeWords.namedTitles.contains(before.title), !["Luật", "Công văn"].contains(type) {
            // "... của Luật Đất đai; số 103/2024/NĐ-CP": the code says a decree, the law is another citation.
        } else if let before {
            explicit = true
            // "Nghị quyết số 98/2023/QH15": the word wins over the code; "Văn bản" says less than a code.
            if before.title != "Văn bản" || match.codes.isEmpty { type = before.title == "Văn bản" ? "Công văn" : before.title }
            name = before.name
        }
        var number = match.canonical
        var shortSerial: String?
        var shortYear: String?
        var implied = NumberCanonicalizer.impliedIssuer(of: match)
        if match.codes.isEmpty {
            // "Nghị định 59/2023": a decree's number always ends "/NĐ-CP"; other short forms are
            // resolved against the full numbers the document prints, or dropped.
            if type == "Nghị định", let year = match.year {
                number = match.serial + "/" + year + "/NĐ-CP"
                implied = "Chính phủ"
            } else {
                number = ""
                shortSerial = explicit ? match.serial : nil
                shortYear = match.year
            }
        }
        var end = match.end
        var j = text.skipSpaces(end)
        // "số 12/QĐ-UBND, ngày ...", "số 12/QĐ-UBND (ngày ...)", "số 12/QĐ-UBND ban hành ngày ...".
        var opened = false
        if j < text.count, text.scalars[j] == "," || text.scalars[j] == "(" {
            opened = text.scalars[j] == "("
            j += 1
        }
        if let ban = text.nextWord(from: j), ban.folded == "ban", let hanh = text.nextWord(from: ban.range.upperBound), hanh.folded == "hanh",
           text.nextWord(from: hanh.range.upperBound)?.folded == "ngay" {
            j = hanh.range.upperBound
        } else if let ky = text.nextWord(from: j), ky.folded == "ky", text.nextWord(from: ky.range.upperBound)?.folded == "ngay" {
            j = ky.range.upperBound
        }
        let reading = DateReader(text: text).read(at: j)
        if let reading, reading.iso != nil {
            end = reading.end
            if opened, end < text.count, text.scalars[end] == ")" { end += 1 }
        }
        var issuer: String?
        var shares = false
        j = text.skipSpaces(end)
        if j < text.count, text.scalars[j] == "," { j += 1 }
        if let next = text.nextWord(from: j) {
            if next.folded == "cua" || next.folded == "cùa", let read = issuers.read(from: next.range.upperBound) {
                issuer = read.issuer
                end = read.end
            } else if next.folded == "va" || (text.has(text.skipSpaces(end)) && text.scalars[text.skipSpaces(end)] == ",") {
                var ahead: [String] = []
                var k = next.folded == "va" ? next.range.upperBound : j
                while ahead.count < 4, let w = text.nextWord(from: k) { ahead.append(w.folded); k = w.range.upperBound }
                shares = DocumentTypeWords.startsPhrase(ahead) || ahead.first == "so"
            }
        }
        if issuer == nil, let before, let heading = before.typeStart.flatMap({ issuers.readBefore(typeStart: $0) }) {
            issuer = heading
        }
        if issuer == nil, let before, !before.isList, let typeStart = before.typeStart {
            issuer = issuers.readBeforeEarlierTai(typeStart: typeStart)
        }
        var listHeading: ListContext?
        if let before, before.isList {
            listHeading = ListContext(issuer: before.listIssuer ?? before.typeStart.flatMap { issuers.readBefore(typeStart: $0) }, start: match.start)
            if issuer == nil { issuer = listHeading?.issuer }
        }
        let start = before?.typeStart ?? match.start
        let mention = Mention(
            number: number, shortSerial: shortSerial, shortYear: shortYear, type: type, explicitType: explicit && !(before?.isList ?? false),
            name: name, date: reading?.iso, issuer: issuer, impliedIssuer: implied,
            basis: scopes.contains(match.start), start: start, end: end, sharesIssuerWithNext: shares
        )
        return Described(value: mention, listHeading: listHeading)
    }

    /// What precedes a number: its type word, a law's name, a list heading.
    private struct TypeBefore {
        var title: String
        var typeStart: Int?
        var name: String?
        var isList: Bool
        var listIssuer: String?
        /// Words between the type phrase and the number ("Chương trình phối hợp số": 0).
        var between = 0
    }

    /// Reads backwards from a number: optional "số", optional ":" (a list), then up to eight words
    /// in which the nearest type phrase is sought.
    private func typeBefore(_ index: Int) -> TypeBefore? {
        var j = text.skipSpacesBack(index)
        if let w = text.previousWord(before: j), w.folded == "so" { j = w.range.lowerBound }
        j = text.skipSpacesBack(j)
        var isList = false
        if j > 0, text.scalars[j - 1] == "," || text.scalars[j - 1] == "." {
            // "SỐ, 728" (OCR); a list item after a comma has no type of its own.
            if let w = text.previousWord(before: j - 1), w.folded == "so" { j = w.range.lowerBound } else { return nil }
        }
        if j > 0, text.scalars[j - 1] == ":" {
            isList = true
            j -= 1
        }
        // Abbreviation right before: "QĐ 3855", "NĐ 59/2023/NĐ-CP".
        if !isList, let w = text.previousWord(before: j) {
            if let title = DocumentTypeWords.abbreviations[ScannedText.string(text.scalars[w.range])], w.range.upperBound == text.skipSpacesBack(j) {
                return TypeBefore(title: title, typeStart: w.range.lowerBound, name: nil, isList: false, listIssuer: nil)
            }
        }
        var words: [(range: Range<Int>, folded: String)] = []
        var k = j
        while words.count < 10 {
            let back = text.skipSpacesBack(k)
            guard back > 0, ScannedText.isLetter(text.scalars[back - 1]) else { break }
            guard let w = text.previousWord(before: back) else { break }
            words.append(w)
            k = w.range.lowerBound
        }
        let folded = words.map(\.folded)
        for n in 0..<words.count {
            guard let phrase = DocumentTypeWords.phrase(endingAt: n, in: folded) else { continue }
            let span = phrase.words.count
            let typeStart = words[n + span - 1].range.lowerBound
            // The type word must be capitalised unless adjacent ("theo quyết định số" is rare but fine).
            let between = n
            if DocumentTypeWords.namedTitles.contains(phrase.title) {
                guard ScannedText.isUpper(text.scalars[typeStart]), !isList else { return nil }
                let name = between > 0 ? text.text(typeStart..<words[0].range.upperBound) : nil
                return TypeBefore(title: phrase.title, typeStart: typeStart, name: name, isList: isList, listIssuer: nil)
            }
            if isList {
                // "các Quyết định của UBND tỉnh:" — the words between are the list's issuer.
                var listIssuer: String?
                if between > 0, folded[between - 1] == "cua" {
                    listIssuer = issuers.read(from: words[between - 1].range.upperBound)?.issuer
                } else if between > 0 {
                    return nil
                }
                return TypeBefore(title: phrase.title, typeStart: typeStart, name: nil, isList: true, listIssuer: listIssuer)
            }
            guard between <= 2 else { return nil }
            if between > 0, folded[0..<between].contains(where: { ["cua", "va", "tai", "ngay", "theo"].contains($0) }) { return nil }
            return TypeBefore(title: phrase.title, typeStart: typeStart, name: nil, isList: false, listIssuer: nil, between: between)
        }
        return nil
    }

    /// "QĐ 3855", "Quyết định số 3855": a bare serial after a type word, resolved later.
    private func bareShortForm(at index: Int) -> Mention? {
        guard let serial = text.integer(at: index, maxDigits: 5) else { return nil }
        if serial.end < text.count {
            let s = text.scalars[serial.end]
            if ScannedText.isAlnum(s) || s == "/" || s == "-" || s == ":" { return nil }
            if s == "." || s == ",", serial.end + 1 < text.count, ScannedText.isDigit(text.scalars[serial.end + 1]) { return nil }
        }
        guard let before = typeBefore(index), !before.isList, before.between == 0,
              before.title != "Văn bản", before.title != "Luật" else { return nil }
        let digits = String(text.scalars[index..<serial.end].map(Character.init))
        return Mention(
            number: "", shortSerial: digits, shortYear: nil, type: before.title, explicitType: true, name: nil, date: nil,
            issuer: nil, impliedIssuer: nil, basis: scopes.contains(index), start: before.typeStart ?? index, end: serial.end,
            sharesIssuerWithNext: false
        )
    }
}
