import DocumentParser
import VietnameseText

/// The parser's table of document types (``DocumentKinds``), folded for matching queries.
enum DocumentTypeCodes {
    /// Folded type name and folded code (`nil` when the type carries no code in its number),
    /// longest names first so that "thong tu lien tich" wins over "thong tu".
    static let byName: [(name: String, code: String?)] = {
        var seen = Set<String>()
        let folded: [(name: String, code: String?)] = DocumentKinds.table.compactMap { entry in
            let name = VietnameseFolding.fold(entry.name)
            guard seen.insert(name).inserted else { return nil }
            return (name, entry.code.map(VietnameseFolding.fold))
        }
        return folded.sorted { $0.name.count > $1.name.count }
    }()

    /// Codes a query may use as an abbreviation before a number ("NĐ 59/2023", "QĐ 3855").
    static let abbreviations: Set<String> = Set(byName.compactMap(\.code))

    /// Every name and abbreviation a query may put before a number, longest first.
    static let queryWords: [[String]] = (byName.map(\.name) + abbreviations.sorted())
        .sorted { $0.count > $1.count }
        .map { $0.split(separator: " ").map(String.init) }
}
