/// Finds every legal instrument a document cites.
///
/// ```swift
/// let citations = CitationExtractor().extract(from: text, ownNumber: "63/KH-THNH")
/// citations.first?.number   // "71/KH-UBND"
/// ```
///
/// Decisions:
/// - One citation per canonical number; repeated mentions are merged (`mentions` counts them), the
///   first mention gives `text` and `page`, later ones fill a missing date or issuer. The relation is
///   `basis` when any mention sits in a "Căn cứ" paragraph. One exception: the same number in the
///   Chairman's series and in the committee's, on different dates, is two documents.
/// - Issuers are expanded the way the truth files write them ("UBND tỉnh" → "Ủy ban nhân dân tỉnh
///   Quảng Ngãi", from the document's own place line); a shared phrase ("Chỉ thị số 16/CT-TTg ... và
///   Chỉ thị số 33/CT-TTg ... của Thủ tướng Chính phủ") and a list heading ("các Quyết định của UBND
///   tỉnh: Số ..., số ...") give every item their issuer; without one in the text, a code that names
///   it without doubt does (`NĐ-CP` → "Chính phủ", `TT-BNV` → "Bộ Nội vụ", `BC-STP` → "Sở Tư pháp").
/// - OCR slips repaired: see ``NumberCanonicalizer`` (spaces, doubled Đ, split years, lost slash,
///   "] 01" for "101") and ``CodeRepair`` (one-letter slips in codes against known codes and the
///   document's other numbers); a repaired number is reported in its repaired form.
/// - Short forms: "Nghị định 59/2023" becomes `59/2023/NĐ-CP` (a decree's number always ends so);
///   "QĐ 3855", "Quyết định số 3855" and other short forms count as mentions of the one full number
///   of that type with that serial the document prints, and are dropped otherwise (a bare serial is
///   not a number).
/// - Named-only instruments ("Luật Ngân sách nhà nước ngày 25/6/2015", "Nghị quyết Đại hội ...") are
///   kept with `number == nil` and `name` set; a law the built-in table knows gets `knownNumber`
///   (see ``MajorLaws``), never `number`.
/// - Not citations: the document's own number (`ownNumber`, and whatever follows the header's "Số:",
///   wherever else it is mentioned), forms and standards ("Mẫu số 01/BC", "QCVN ..."), blank numbers
///   ("Tờ trình số /TTr-UBND"), dates, periods ("2021-2030"), counts, standards, article references.
public struct CitationExtractor: Sendable {
    /// Creates an extractor.
    public init() {}

    /// Extracts citations, one per distinct instrument, in order of first mention.
    /// - Parameters:
    ///   - text: the document's pages.
    ///   - ownNumber: the document's own canonical number, never reported as a citation.
    /// - Returns: the citations.
    public func extract(from text: DocumentText, ownNumber: String?) -> [Citation] {
        extract(from: ScannedText(text), ownNumber: ownNumber)
    }

    /// Extracts citations from already scanned text.
    func extract(from scanned: ScannedText, ownNumber: String?) -> [Citation] {
        let issuers = IssuerReader(text: scanned, locality: Self.locality(of: scanned))
        let scopes = BasisScopes(scanned)
        var (mentions, headerNumbers) = CitationScanner(text: scanned, issuers: issuers, scopes: scopes).mentions()
        let repairs = CodeRepair.repairs(for: mentions.map(\.number).filter { !$0.isEmpty })
        for index in mentions.indices {
            if let repaired = repairs[mentions[index].number] { mentions[index].number = repaired }
        }
        let ownKey = ownNumber.map { NumberCanonicalizer.key(NumberCanonicalizer.canonical($0)) }

        var entries: [(start: Int, citation: Citation, explicitType: Bool, implied: String?)] = []
        var byKey: [String: [Int]] = [:]
        // What this document does to each mentioned instrument (replaces, repeals, amends …).
        let acts = ActionReader(text: scanned).acts(mentions.map { $0.start..<$0.end })
        func act(_ k: Int, on c: inout Citation) {
            guard c.action == nil, let found = acts[k] else { return }
            c.action = found.action
            c.affectedPart = found.part
        }
        for (k, m) in mentions.enumerated() where !m.number.isEmpty {
            let key = NumberCanonicalizer.key(m.number)
            if key == ownKey || headerNumbers.contains(key) { continue }
            if let index = Self.entry(for: m, among: byKey[key] ?? [], citation: { entries[$0].citation }) {
                var c = entries[index].citation
                c.mentions = (c.mentions ?? 1) + 1
                if c.date == nil { c.date = m.date }
                if c.issuer == nil { c.issuer = m.issuer }
                if c.name == nil { c.name = m.name }
                if m.basis { c.relation = .basis }
                act(k, on: &c)
                if !entries[index].explicitType, m.explicitType {
                    c.type = m.type
                    entries[index].explicitType = true
                }
                entries[index].citation = c
            } else {
                byKey[key, default: []].append(entries.count)
                var citation = Citation(
                    type: m.type,
                    number: DocumentNumber(m.number),
                    name: m.name,
                    date: m.date,
                    issuer: m.issuer,
                    relation: m.basis ? .basis : .reference,
                    text: scanned.text(m.start..<m.end),
                    page: scanned.page(at: m.start),
                    mentions: 1
                )
                act(k, on: &citation)
                entries.append((m.start, citation, m.explicitType, m.impliedIssuer))
            }
        }
        // Short forms count as mentions of the one full number they can mean.
        var bySerial: [String: [Int]] = [:]
        for index in entries.indices {
            guard let number = entries[index].citation.number else { continue }
            let parts = number.text.split(whereSeparator: { $0 == "/" || $0 == "-" })
            guard let serial = parts.first else { continue }
            let type = entries[index].citation.type ?? ""
            bySerial[type + "|" + serial, default: []].append(index)
            if parts.count > 2, parts[1].count == 4, parts[1].allSatisfy(\.isNumber) {
                bySerial[type + "|" + serial + "/" + parts[1], default: []].append(index)
            }
        }
        for m in mentions where m.number.isEmpty {
            guard let serial = m.shortSerial else { continue }
            let key = m.type + "|" + serial + (m.shortYear.map { "/" + $0 } ?? "")
            guard let candidates = bySerial[key], candidates.count == 1, let index = candidates.first else { continue }
            entries[index].citation.mentions = (entries[index].citation.mentions ?? 1) + 1
            if m.basis { entries[index].citation.relation = .basis }
        }
        for index in entries.indices where entries[index].citation.issuer == nil {
            entries[index].citation.issuer = entries[index].implied
        }
        addNamed(scanned, scopes: scopes, to: &entries)
        return OCRVariants.merge(entries.sorted { $0.start < $1.start }.map(\.citation))
    }

    /// The entry a mention of an already seen number belongs to, or `nil` for a new instrument.
    ///
    /// The Chairman's decisions and the committee's run as separate series in many provinces:
    /// "87/QĐ-UBND" of the Chủ tịch and "87/QĐ-UBND" of the Ủy ban, on different dates, are two
    /// documents. A mention starts a second entry only when both its date and its series (issuer
    /// "Chủ tịch ..." or not) differ from every entry of that number; otherwise it is merged
    /// (a differing date alone is more often an OCR slip than another document).
    static func entry(for m: CitationScanner.Mention, among indices: [Int], citation: (Int) -> Citation) -> Int? {
        guard let first = indices.first else { return nil }
        func series(_ issuer: String?) -> Bool? { issuer.map { $0.hasPrefix("Chủ tịch") } }
        if let date = m.date, let same = indices.first(where: { citation($0).date == date }) { return same }
        guard let mine = series(m.issuer) else { return first }
        if let same = indices.first(where: { series(citation($0).issuer) == mine || series(citation($0).issuer) == nil }) {
            return same
        }
        if m.date == nil || indices.contains(where: { citation($0).date == nil }) { return first }
        return nil
    }

    /// Adds named-only instruments, or completes a numbered law with the name's date.
    private func addNamed(
        _ scanned: ScannedText,
        scopes: BasisScopes,
        to entries: inout [(start: Int, citation: Citation, explicitType: Bool, implied: String?)]
    ) {
        let reader = LawNameReader(text: scanned)
        var byName: [String: Int] = [:]
        for index in entries.indices {
            if let name = entries[index].citation.name { byName[Self.foldedLawName(name)] = index }
        }
        // Names in order of their entries, for the fuzzy match (which looks at the first ones only).
        var ordered = byName.sorted { $0.value < $1.value }.map(\.key)
        var skippedEnd = -10
        var amendingSpans: [(Range<Int>, String)] = []
        var i = 0
        let t = scanned.scalars
        while i < scanned.count {
            guard t[i] == "L" || t[i] == "N" || t[i] == "B" || t[i] == "P" || t[i] == "H", i == 0 || !ScannedText.isLetter(t[i - 1]),
                let name = reader.read(at: i)
            else {
                i += 1
                continue
            }
            defer { i = max(i + 1, name.end) }
            if name.numbered { continue }
            // "... một số điều của Luật Tổ chức Chính phủ": part of an amending law's title.
            if let cua = scanned.previousWord(before: i), cua.folded == "cua",
                let dieu = scanned.previousWord(before: cua.range.lowerBound), dieu.folded == "dieu",
                Self.amendingTitle(before: dieu.range.lowerBound, in: scanned)
            {
                continue
            }
            if name.foldedName.hasPrefix("sua doi"), let date = name.date {
                amendingSpans.append((name.start..<name.end, date))
            }
            // "các quy định của Luật Đất đai, Luật Xây dựng": a generic mention, not a citation.
            if name.date == nil, name.year == nil {
                let back = scanned.skipSpacesBack(i)
                let afterSkipped = back > 0 && t[back - 1] == "," && back - 1 <= skippedEnd + 2
                var generic = false
                if let cua = scanned.previousWord(before: i), cua.folded == "cua",
                    let dinh = scanned.previousWord(before: cua.range.lowerBound), dinh.folded == "dinh"
                {
                    generic = true
                }
                if generic || afterSkipped {
                    skippedEnd = name.end
                    continue
                }
            }
            let year = name.year
            let basis = scopes.contains(i)
            if let index = byName[name.foldedName] ?? Self.similarName(to: name.foldedName, in: ordered).flatMap({ byName[$0] }) {
                var c = entries[index].citation
                let numberYear = c.number.flatMap { Int($0.text.split(separator: "/").dropFirst().first ?? "") }
                if numberYear == nil || year == nil || numberYear == year {
                    if c.date == nil { c.date = name.date }
                    c.mentions = (c.mentions ?? 1) + 1
                    if basis { c.relation = .basis }
                    entries[index].citation = c
                    continue
                }
            }
            let law = name.type == "Luật" ? MajorLaws.lookup(foldedName: name.foldedName, year: year ?? name.date.flatMap { Int($0.prefix(4)) }) : nil
            let citation = Citation(
                type: name.type,
                number: nil,
                name: name.name,
                date: name.date ?? law?.date,
                issuer: ["Nghị quyết", "Pháp lệnh"].contains(name.type) ? (name.type == "Pháp lệnh" ? "Ủy ban Thường vụ Quốc hội" : nil) : "Quốc hội",
                relation: basis ? .basis : .reference,
                text: scanned.text(name.start..<name.end),
                page: scanned.page(at: name.start),
                mentions: 1,
                numberFromTable: law == nil ? nil : true,
                knownNumber: law.map { DocumentNumber($0.number) }
            )
            if byName[name.foldedName] == nil { ordered.append(name.foldedName) }
            byName[name.foldedName] = entries.count
            entries.append((name.start, citation, true, nil))
        }
        // "Luật sửa đổi ... Luật Các tổ chức tín dụng số 32/2024/QH15 ngày 29/6/2024": the date is the
        // amending law's, not the amended one's.
        for index in entries.indices {
            guard entries[index].citation.number != nil, let date = entries[index].citation.date else { continue }
            let start = entries[index].start
            // The spans are in text order and do not overlap: the one that may hold `start` is found by halving.
            var low = 0
            var high = amendingSpans.count
            while low < high {
                let mid = (low + high) / 2
                if amendingSpans[mid].0.upperBound <= start { low = mid + 1 } else { high = mid }
            }
            if low < amendingSpans.count, amendingSpans[low].0.contains(start), amendingSpans[low].1 == date {
                entries[index].citation.date = nil
            }
        }
    }

    /// How many known names, in order of first mention, a name is compared with for OCR slips:
    /// bounds the work per name (a real document names a few dozen laws; a hostile text thousands).
    static let fuzzyNameLimit = 256

    /// The first known name within a small edit distance of `folded` (OCR: "ban bành", "q⁄y"),
    /// among the first ``fuzzyNameLimit`` of `names` (in order of first mention).
    static func similarName(to folded: String, in names: [String]) -> String? {
        let a = Array(folded.unicodeScalars)
        guard a.count >= 12 else { return nil }
        for name in names.prefix(fuzzyNameLimit) where similar(a, Array(name.unicodeScalars)) {
            return name
        }
        return nil
    }

    /// Two folded names within a small edit distance, or one a near-prefix of the other when OCR cut
    /// the name short ("ban hanh van ban q" for "ban hanh van ban quy pham phap luat").
    static func similar(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Bool {
        let shorter = a.count <= b.count ? a : b
        let longer = a.count <= b.count ? b : a
        guard shorter.count >= 12 else { return false }
        let limit = max(2, shorter.count / 12)
        if longer.count - shorter.count <= 4, editDistance(a, b, limit: limit) != nil { return true }
        guard shorter.count >= 15 else { return false }
        return editDistance(shorter, Array(longer.prefix(shorter.count)), limit: limit) != nil
    }

    /// Levenshtein distance when at most `limit`, else `nil` (banded, O(n·limit)).
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int? {
        let n = a.count
        let m = b.count
        guard abs(n - m) <= limit else { return nil }
        let big = limit + 1
        var previous = [Int](repeating: big, count: m + 1)
        for j in 0...min(m, limit) { previous[j] = j }
        for i in 1...max(n, 1) where n > 0 {
            var current = [Int](repeating: big, count: m + 1)
            if i <= limit { current[0] = i }
            let low = max(1, i - limit)
            let high = min(m, i + limit)
            if low <= high {
                for j in low...high {
                    let cost = a[i - 1] == b[j - 1] ? 0 : 1
                    current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost, big)
                }
            }
            previous = current
        }
        return previous[m] <= limit ? previous[m] : nil
    }

    /// Whether "sửa đổi" comes within eight words before `index` ("Sửa đổi, bổ sung một số điều của").
    static func amendingTitle(before index: Int, in text: ScannedText) -> Bool {
        var j = index
        for _ in 0..<8 {
            var k = j
            while k > 0, !ScannedText.isLetter(text.scalars[k - 1]) { k -= 1 }
            guard let w = text.previousWord(before: text.skipSpacesBack(k)) ?? text.previousWord(before: k) else { return false }
            if w.folded == "sua" { return true }
            j = w.range.lowerBound
        }
        return false
    }

    /// The folded name of a law without its "luật".
    static func foldedLawName(_ name: String) -> String {
        var folded = ScannedText.foldString(name).split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: " ")
        for prefix in ["bo luat ", "luat "] where folded.hasPrefix(prefix) {
            folded.removeFirst(prefix.count)
            break
        }
        return folded
    }

    /// The document's province or district from its place line ("Quảng Ngãi, ngày ...", "Quận 6, ngày ...").
    static func locality(of text: ScannedText) -> IssuerReader.Locality {
        let limit = min(text.count, 4000)
        var i = 0
        while i < limit {
            defer { i += 1 }
            guard text.scalars[i] == ",", let ngay = text.nextWord(from: i + 1), ngay.folded == "ngay" else { continue }
            // Up to three capitalised words (or "Quận 6") before the comma, on the same line.
            var k = i
            var start = i
            var words = 0
            while k > 0, words < 3 {
                let back = k
                var j = back
                while j > 0, text.scalars[j - 1] == " " { j -= 1 }
                guard j > 0 else { break }
                let s = text.scalars[j - 1]
                if ScannedText.isDigit(s) {
                    var d = j
                    while d > 0, ScannedText.isDigit(text.scalars[d - 1]) { d -= 1 }
                    start = d
                    k = d
                    words += 1
                    continue
                }
                guard ScannedText.isLetter(s) else { break }
                let ws = text.wordStart(before: j)
                guard ScannedText.isUpper(text.scalars[ws]) else { break }
                // A place name is a word after a space, not a code ("TTr-UBND Quảng Ngãi").
                guard ws == 0 || ScannedText.isSpace(text.scalars[ws - 1]),
                    text.scalars[ws..<j].contains(where: { ScannedText.isLetter($0) && !ScannedText.isUpper($0) }) || j - ws == 1
                else { break }
                start = ws
                k = ws
                words += 1
            }
            guard words > 0 else { continue }
            let place = text.text(start..<i)
            let folded = ScannedText.foldString(place)
            if folded.hasPrefix("quan ") || folded.hasPrefix("huyen ") || folded.hasPrefix("thi xa ") {
                return .init(province: nil, district: place)
            }
            return .init(province: place, district: nil)
        }
        return .init()
    }
}
