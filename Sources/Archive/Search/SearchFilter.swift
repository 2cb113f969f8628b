import Foundation
import VietnameseText

/// A query's filters, read and checked once, as values: every backend applies them to the documents
/// it returns (current versions only, one entry per copy group). `SearchFilter+SQL` writes them for
/// SQLite.
struct SearchFilter: Sendable, Hashable {
    /// The folded type name ("ke hoach"), compared with the documents' type key.
    var typeKey: String?
    /// Part of the issuer's or parent issuer's folded key ("ubnd quan 6").
    var issuerKey: String?
    /// Earliest document date, ISO 8601, inclusive.
    var from: String?
    /// Latest document date, ISO 8601, inclusive.
    var to: String?
    /// Only documents citing this instrument.
    var cites: InstrumentReference?
    /// Only documents no archived document replaced or repealed whole.
    var inForce = false

    /// Reads the filters of `query`.
    /// - Throws: ``ArchiveError`` (`.invalidArgument`) for a date that is not a real day or a
    ///   `cites` that names no document number.
    init(_ query: SearchQuery) throws {
        if let type = query.type?.trimmingCharacters(in: .whitespaces), !type.isEmpty {
            typeKey = VietnameseFolding.fold(type)
        }
        issuerKey = IssuerKey.make(query.issuer)
        from = try query.from.map { try DayText.checked($0, field: "from") }
        to = try query.to.map { try DayText.checked($0, field: "to") }
        if let text = query.cites {
            guard let reference = InstrumentReference.find(in: text) else {
                throw ArchiveError(.invalidArgument, "'\(text)' is not a document number (try 59/2023/NĐ-CP or \"NĐ 59/2023\")")
            }
            cites = reference
        }
        inForce = query.inForce
    }

    /// Whether the user asked for a filter (beyond current versions and copy groups): free-text
    /// search then applies it before ranking, so that only the filtered pages are ranked.
    var narrows: Bool { typeKey != nil || issuerKey != nil || hasDates || cites != nil || inForce }

    /// Whether a date bound is among the filters.
    var hasDates: Bool { from != nil || to != nil }

    /// Whether citing an instrument is the only filter.
    var onlyCites: Bool { cites != nil && typeKey == nil && issuerKey == nil && !hasDates && !inForce }
}
