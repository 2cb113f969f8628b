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

    /// The pass's state, handed from one number to the next.
    private struct Pass {
        var mentions: [Mention] = []
        /// The keys of the numbers printed after "Số:".
        var headerNumbers: Set<String> = []
        /// The list heading whose issuer the items after it share, until its sentence ends.
        var list: ListContext?
    }

    /// Scans the whole text.
    ///
    /// In phases: the pass walks the text, `readNumber(at:into:)` reads each number at a word
    /// boundary (with `numberPrefix(at:)` and `describe(_:)`) into the `Pass`, and
    /// `sharingIssuers(_:)` then hands issuers between mentions joined by "và" or ",".
    /// - Returns: the mentions, and the keys of numbers printed after "Số:" (the document's own).
    func mentions() -> (mentions: [Mention], headerNumbers: Set<String>) {
        let t = text.scalars
        var pass = Pass()
        var i = 0
        while i < text.count {
            if ScannedText.isDigit(t[i]), i == 0 || !ScannedText.isAlnum(t[i - 1]) {
                i = readNumber(at: i, into: &pass)
            } else {
                if endsList(at: i) { pass.list = nil }
                i += 1
            }
        }
        sharingIssuers(&pass.mentions)
        return (pass.mentions, pass.headerNumbers)
    }

    /// A list ends with its sentence or paragraph: a full stop before a space, a paragraph break, a
    /// line break after ";", "." or ":".
    private func endsList(at i: Int) -> Bool {
        let t = text.scalars
        if t[i] == ".", i + 1 < text.count, ScannedText.isSpace(t[i + 1]) { return true }
        if t[i] == ScannedText.paragraphBreak { return true }
        return t[i] == "\n" && i > 0 && (t[i - 1] == ";" || t[i - 1] == "." || t[i - 1] == ":")
    }

    /// Reads the number starting at `i`, a word boundary: the document's own number, a number that
    /// is not an instrument's, a bare short form, or a mention, which joins the list it is in.
    /// - Returns: where the pass goes on.
    private func readNumber(at i: Int, into pass: inout Pass) -> Int {
        if isHeaderNumber(at: i) {
            // The document's own number: remembered so that its other mentions ("Trên đây là
            // Công văn số ...") are not cited either.
            if let own = NumberCanonicalizer.read(text, at: i, afterSo: true), !own.codes.isEmpty {
                pass.headerNumbers.insert(NumberCanonicalizer.key(own.canonical))
            }
            return i + 1
        }
        let prefix = numberPrefix(at: i)
        if isNotAnInstrument(numberAt: i, previous: prefix.word) { return digitsEnd(after: i) }
        guard let match = NumberCanonicalizer.read(text, at: i, afterSo: prefix.word?.folded == "so") else {
            if let short = bareShortForm(at: i) { pass.mentions.append(short) }
            return digitsEnd(after: i)
        }
        var mention = describe(match)
        if prefix.strayOne, !mention.value.number.isEmpty, match.serial.count < 4 {
            mention.value.number = "1" + mention.value.number
        }
        if let heading = mention.listHeading {
            pass.list = ListContext(issuer: heading.issuer, start: heading.start)
        } else if mention.value.issuer == nil, !mention.value.explicitType, let context = pass.list, i - context.start < 2500 {
            mention.value.issuer = context.issuer
        }
        if !mention.value.number.isEmpty || mention.value.shortSerial != nil {
            pass.mentions.append(mention.value)
        }
        return max(match.end, i + 1)
    }

    /// The end of the run of digits starting at `i`.
    private func digitsEnd(after i: Int) -> Int {
        var j = i + 1
        while j < text.count, ScannedText.isDigit(text.scalars[j]) { j += 1 }
        return j
    }

    /// The word before a number.
    private struct NumberPrefix {
        /// The word before the number: "số" when only a stray "1" stood between.
        var word: (range: Range<Int>, folded: String)?
        /// The serial's leading "1" was read apart from it, as "]", "|", "[", "l" or "I".
        var strayOne = false
    }

    /// The word before the number at `i`, "số" seen through a stray "1".
    private func numberPrefix(at i: Int) -> NumberPrefix {
        let t = text.scalars
        let previous = text.previousWord(before: i)
        // "số ] 01/2024/NĐ-CP": OCR read the serial's leading "1" as a bracket or a bar.
        let back = text.skipSpacesBack(i)
        if previous == nil, back > 0, ["]", "|", "["].contains(t[back - 1]),
            let so = text.previousWord(before: back - 1), so.folded == "so"
        {
            return NumberPrefix(word: so, strayOne: true)
        }
        if let stray = previous, stray.folded == "l" || stray.folded == "i", stray.range.count == 1,
            stray.range.upperBound < i, let so = text.previousWord(before: stray.range.lowerBound), so.folded == "so"
        {
            // "số l 466/QĐ-UBND": the "1" read as a letter l or I, cut off by a space.
            return NumberPrefix(word: so, strayOne: true)
        }
        return NumberPrefix(word: previous)
    }

    /// Shared issuers: a mention without one takes the next mention's when joined by "và" or ","
    /// ("Chỉ thị số 16/CT-TTg ... và Chỉ thị số 33/CT-TTg ... của Thủ tướng Chính phủ") ...
    private func sharingIssuers(_ result: inout [Mention]) {
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

    /// A mention as `describe(_:)` reads it, and the list it opens.
    private struct Described {
        var value: Mention
        var listHeading: ListContext?
    }

    /// Reads the type before a number and the date and issuer after it.
    ///
    /// In phases, each handing the next a small value: `typing(of:before:)` weighs the type word
    /// against the number's code, `citedNumber(_:typing:)` completes or shortens the number,
    /// `dateAfter(_:)` and `issuerAfter(_:)` read forwards from the number's end, and
    /// `issuerBefore(_:)` looks back from the type word when nothing follows.
    private func describe(_ match: NumberCanonicalizer.Match) -> Described {
        let before = typeBefore(match.start)
        let typing = typing(of: match, before: before)
        let number = citedNumber(match, typing: typing)
        let date = dateAfter(match.end)
        let after = issuerAfter(date.end)
        var issuer = after.issuer
        if issuer == nil, let before { issuer = issuerBefore(before) }
        var listHeading: ListContext?
        if let before, before.isList {
            listHeading = ListContext(issuer: before.listIssuer ?? before.typeStart.flatMap { issuers.readBefore(typeStart: $0) }, start: match.start)
            if issuer == nil { issuer = listHeading?.issuer }
        }
        let mention = Mention(
            number: number.number,
            shortSerial: number.shortSerial,
            shortYear: number.shortYear,
            type: typing.type,
            explicitType: typing.explicit && !(before?.isList ?? false),
            name: typing.name,
            date: date.iso,
            issuer: issuer,
            impliedIssuer: number.impliedIssuer,
            basis: scopes.contains(match.start),
            start: before?.typeStart ?? match.start,
            end: after.end,
            sharesIssuerWithNext: after.shares
        )
        return Described(value: mention, listHeading: listHeading)
    }

    /// The type a mention is given.
    private struct Typing {
        var type: String
        /// A type word stands before the number.
        var explicit = false
        /// The words between a named title and its number.
        var name: String?
    }

    /// The type from the word before the number, else from its code.
    private func typing(of match: NumberCanonicalizer.Match, before: TypeBefore?) -> Typing {
        var typing = Typing(type: NumberCanonicalizer.impliedType(of: match))
        guard let before else { return typing }
        if DocumentTypeWords.namedTitles.contains(before.title), !["Luật", "Công văn"].contains(typing.type) {
            // "... của Luật Đất đai; số 103/2024/NĐ-CP": the code says a decree, the law is another citation.
            return typing
        }
        typing.explicit = true
        // "Nghị quyết số 98/2023/QH15": the word wins over the code; "Văn bản" says less than a code.
        if before.title != "Văn bản" || match.codes.isEmpty { typing.type = before.title == "Văn bản" ? "Công văn" : before.title }
        typing.name = before.name
        return typing
    }

    /// The number as a mention cites it.
    private struct CitedNumber {
        /// The full number, or "" for a short form.
        var number: String
        /// Short forms ("QĐ 3855", "Nghị quyết số 39"), resolved later against full numbers.
        var shortSerial: String?
        var shortYear: String?
        var impliedIssuer: String?
    }

    /// The full number; a short one completed ("Nghị định 59/2023": a decree's number always ends
    /// "/NĐ-CP") or kept as a short form to be resolved against the full numbers the document
    /// prints, or dropped.
    private func citedNumber(_ match: NumberCanonicalizer.Match, typing: Typing) -> CitedNumber {
        var cited = CitedNumber(number: match.canonical, impliedIssuer: NumberCanonicalizer.impliedIssuer(of: match))
        guard match.codes.isEmpty else { return cited }
        if typing.type == "Nghị định", let year = match.year {
            cited.number = match.serial + "/" + year + "/NĐ-CP"
            cited.impliedIssuer = "Chính phủ"
        } else {
            cited.number = ""
            cited.shortSerial = typing.explicit ? match.serial : nil
            cited.shortYear = match.year
        }
        return cited
    }

    /// The date after a number.
    private struct DateAfter {
        var iso: String?
        /// Where the mention ends so far: after the date, else at the number's end.
        var end: Int
    }

    /// "số 12/QĐ-UBND, ngày ...", "số 12/QĐ-UBND (ngày ...)", "số 12/QĐ-UBND ban hành ngày ...",
    /// after the number ending at `numberEnd`.
    private func dateAfter(_ numberEnd: Int) -> DateAfter {
        var j = text.skipSpaces(numberEnd)
        var opened = false
        if j < text.count, text.scalars[j] == "," || text.scalars[j] == "(" {
            opened = text.scalars[j] == "("
            j += 1
        }
        if let ban = text.nextWord(from: j), ban.folded == "ban", let hanh = text.nextWord(from: ban.range.upperBound), hanh.folded == "hanh",
            text.nextWord(from: hanh.range.upperBound)?.folded == "ngay"
        {
            j = hanh.range.upperBound
        } else if let ky = text.nextWord(from: j), ky.folded == "ky", text.nextWord(from: ky.range.upperBound)?.folded == "ngay" {
            j = ky.range.upperBound
        }
        let reading = DateReader(text: text).read(at: j)
        var date = DateAfter(iso: reading?.iso, end: numberEnd)
        if let reading, reading.iso != nil {
            date.end = reading.end
            if opened, date.end < text.count, text.scalars[date.end] == ")" { date.end += 1 }
        }
        return date
    }

    /// The issuer after a mention's number and date.
    private struct IssuerAfter {
        var issuer: String?
        /// "... và Chỉ thị số 33/CT-TTg": another mention follows, which may name the issuer.
        var shares = false
        /// Where the mention ends: after the issuer, else where it ended before.
        var end: Int
    }

    /// "của ISSUER" after the mention ending at `end`, or another mention joined by "và" or ",".
    private func issuerAfter(_ end: Int) -> IssuerAfter {
        var after = IssuerAfter(end: end)
        var j = text.skipSpaces(end)
        if j < text.count, text.scalars[j] == "," { j += 1 }
        guard let next = text.nextWord(from: j) else { return after }
        if next.folded == "cua" || next.folded == "cùa", let read = issuers.read(from: next.range.upperBound) {
            after.issuer = read.issuer
            after.end = read.end
        } else if next.folded == "va" || (text.has(text.skipSpaces(end)) && text.scalars[text.skipSpaces(end)] == ",") {
            var ahead: [String] = []
            var k = next.folded == "va" ? next.range.upperBound : j
            while ahead.count < 4, let w = text.nextWord(from: k) {
                ahead.append(w.folded)
                k = w.range.upperBound
            }
            after.shares = DocumentTypeWords.startsPhrase(ahead) || ahead.first == "so"
        }
        return after
    }

    /// The issuer written before the type word: just before its "tại" or "ban hành" ("đề nghị của
    /// Giám đốc Sở Tài chính tại Công văn số ..."), else, outside a list, that of an earlier "của X
    /// tại" in the same clause.
    private func issuerBefore(_ before: TypeBefore) -> String? {
        if let heading = before.typeStart.flatMap({ issuers.readBefore(typeStart: $0) }) { return heading }
        if !before.isList, let typeStart = before.typeStart { return issuers.readBeforeEarlierTai(typeStart: typeStart) }
        return nil
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
            before.title != "Văn bản", before.title != "Luật"
        else { return nil }
        let digits = String(text.scalars[index..<serial.end].map(Character.init))
        return Mention(
            number: "",
            shortSerial: digits,
            shortYear: nil,
            type: before.title,
            explicitType: true,
            name: nil,
            date: nil,
            issuer: nil,
            impliedIssuer: nil,
            basis: scopes.contains(index),
            start: before.typeStart ?? index,
            end: serial.end,
            sharesIssuerWithNext: false
        )
    }
}
