import Foundation
import VietnameseText

/// A query's filters, read and checked once, as values: every backend applies them to the documents
/// it returns (current versions only, one entry per copy group). `SearchFilter+SQL` writes them for
/// SQLite.
package struct SearchFilter: Sendable, Hashable {
    /// The folded type name ("ke hoach"), compared with the documents' type key.
    package var typeKey: String?
    /// Part of the issuer's or parent issuer's folded key ("ubnd quan 6").
    package var issuerKey: String?
    /// Earliest document date, ISO 8601, inclusive.
    package var from: String?
    /// Latest document date, ISO 8601, inclusive.
    package var to: String?
    /// Only documents citing this instrument.
    package var cites: InstrumentReference?
    /// Only documents no archived document replaced or repealed whole.
    package var inForce = false

    /// Reads the filters of `query`.
    /// - Throws: ``ArchiveError`` (`.invalidArgument`) for a date that is not a real day or a
    ///   `cites` that names no document number.
    package init(_ query: SearchQuery) throws {
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
    package var narrows: Bool { typeKey != nil || issuerKey != nil || hasDates || cites != nil || inForce }

    /// Whether a date bound is among the filters.
    package var hasDates: Bool { from != nil || to != nil }

    /// Whether citing an instrument is the only filter.
    package var onlyCites: Bool { cites != nil && typeKey == nil && issuerKey == nil && !hasDates && !inForce }
}
