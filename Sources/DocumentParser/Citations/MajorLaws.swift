/// A small table of major laws cited by name only ("Luật Ngân sách nhà nước ngày 25/6/2015"), with
/// their numbers and dates of adoption.
///
/// Scoring (and the truth files) match citations by the number read in the text, and list a
/// named-only law with `number: null`. A number filled from this table therefore goes to
/// ``Citation/knownNumber`` (with ``Citation/numberFromTable`` set), never to ``Citation/number``:
/// `number` holds only what the document itself prints, so a table hit can neither create a
/// spurious match nor hide a missed one. Search may index `knownNumber` as an alias.
///
/// The entries are generated (`MajorLaws+Table.swift`) by `Scripts/laws/make_major_laws.py` from
/// `Scripts/laws/laws.tsv`, which says of each row whether it was checked against the gazette; the
/// script's `--mine` counts the documents that print a row's name with its number.
enum MajorLaws {
    /// One law: folded name (without "luật", letters and digits only), year of adoption, number, ISO date.
    struct Entry: Sendable {
        var foldedName: String
        var year: Int
        var number: String
        var date: String
    }

    /// The law a named citation means.
    /// - Parameters:
    ///   - foldedName: the folded name without the leading "luật".
    ///   - year: the year written with the name or taken from its date, if any.
    /// - Returns: the entry when the name (and the year, or a unique version) identifies one law.
    static func lookup(foldedName: String, year: Int?) -> Entry? {
        var candidates = entries.filter { $0.foldedName == foldedName }
        if candidates.isEmpty {
            // OCR slips in the name ("t o chuc chinh quyen"): a near match, never a prefix.
            let a = Array(foldedName.unicodeScalars)
            candidates = entries.filter {
                let b = Array($0.foldedName.unicodeScalars)
                return a.count >= 12 && abs(a.count - b.count) <= 2
                    && CitationExtractor.editDistance(a, b, limit: max(2, a.count / 15)) != nil
            }
        }
        if let year { return candidates.first { $0.year == year } }
        return candidates.count == 1 ? candidates.first : nil
    }
}
