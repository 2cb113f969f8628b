/// What a search runs, decided once from the query before any SQL: the tiers in order, the keys
/// and filters they use, and the page they fill. A backend runs each tier its own way
/// (`SQLiteSearch` for the SQLite archive) and carries a ``PageWindow`` from one to the next.
///
/// A query naming an instrument ("Nghị định 59/2023") runs the instrument's own documents, then
/// the documents citing it, then free text leaving both out; a query without words lists the
/// documents passing the filters.
package struct SearchPlan: Sendable, Hashable {
    /// One stretch of the result list, in the order the list shows them.
    package enum Tier: Sendable, Hashable {
        /// The documents that are the instrument, newest first (by date, then id).
        case instrument(InstrumentReference)
        /// The documents citing the instrument (not its own), the most recently archived citation
        /// first; the snippet is the citation, with its page.
        case citing(InstrumentReference)
        /// Free-text hits on subject (weighted ×10) and page text, exact diacritics before
        /// folded, best page per document; `excluding`: the instrument whose documents and citing
        /// documents the tiers before listed.
        case text(phrases: [[String]], excluding: InstrumentReference?)
        /// No words: the documents passing the filters, newest first (by date, undated last, then id).
        case listed
    }

    /// The tiers to run, in order.
    package var tiers: [Tier]
    /// The filters every tier applies.
    package var filter: SearchFilter
    /// The instrument the query names, if any.
    package var instrument: InstrumentReference?
    /// Results per page.
    package var limit: Int
    /// Results of the whole list before the page.
    package var offset: Int
    /// Markers around matched words in free-text snippets.
    package var highlightOpen: String
    package var highlightClose: String
    /// The query's number of words when it had more than ``SearchQuery/maximumWords`` (the rest
    /// are not searched).
    package var queryWords: Int?

    /// Reads and checks `query`.
    /// - Throws: ``ArchiveError`` (`.invalidArgument`) for a page size outside
    ///   ``SearchQuery/allowedLimits``, a negative offset, a date that is not a real day or a
    ///   `cites` that names no document number.
    package init(_ query: SearchQuery) throws {
        guard SearchQuery.allowedLimits.contains(query.limit), query.offset >= 0 else {
            throw ArchiveError(
                .invalidArgument,
                "A page holds 1 to 1000 results and starts at 0 or later, not \(query.limit) results from \(query.offset)"
            )
        }
        filter = try SearchFilter(query)
        let (text, words) = SearchQuery.capped(query.text)
        instrument = InstrumentReference.find(in: text)
        let phrases = MatchExpression.phrases(text)
        tiers = instrument.map { [.instrument($0), .citing($0)] } ?? []
        if !phrases.isEmpty {
            tiers.append(.text(phrases: phrases, excluding: instrument))
        } else if instrument == nil {
            tiers.append(.listed)
        }
        limit = query.limit
        offset = query.offset
        highlightOpen = query.highlightOpen
        highlightClose = query.highlightClose
        queryWords = words > SearchQuery.maximumWords ? words : nil
    }
}
