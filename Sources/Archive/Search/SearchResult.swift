/// One search hit: a document and why it matched.
public struct SearchResult: Sendable, Hashable, Codable {
    /// Why the document is in the results.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// The document is the instrument the query names.
        case instrument
        /// The document cites the instrument the query names; the snippet is the citation.
        case cites
        /// The words of the query occur in the subject or text.
        case text
        /// No words were given: the documents passing the filters, newest first (by date, then id).
        case listed
    }

    public var id: Int64
    public var number: String?
    public var type: String?
    public var date: String?
    public var issuer: String?
    public var subject: String?
    public var sourcePath: String
    /// The citing text, the subject, or a passage with the matched words highlighted.
    public var snippet: String
    /// The page of the snippet.
    public var page: Int?
    /// 1-based position in the whole result list (across pages).
    public var rank: Int
    public var kind: Kind
    /// For `.cites`: the citation matches several archived documents.
    public var ambiguous: Bool?
    /// Whether the document still stands, when an archived document acted on it ("replaced",
    /// "repealed", "partly-repealed", "partly-replaced", "amended"); `nil` when nothing did.
    public var standing: DocumentStatus.State? = nil
}

/// One page of search results.
public struct SearchPage: Sendable, Hashable {
    /// The instrument the query was understood to name ("59/2023/nd-cp"), if any.
    public var instrument: InstrumentReference?
    /// The results, in order.
    public var results: [SearchResult]
    /// Whether more results follow this page.
    public var hasMore: Bool
    /// Set when the query's words are on more pages than are ranked (10,000): free-text
    /// results are then the best of this many most recently archived matching pages.
    public var rankingWindow: Int? = nil
    /// Set to the query's number of words when it had more than ``SearchQuery/maximumWords``: only
    /// the first ones were searched.
    public var queryWords: Int? = nil
}

extension SearchPage {
    /// A page of results (other archive backends build it from their tiers).
    package init(_ results: [SearchResult], instrument: InstrumentReference?, hasMore: Bool, rankingWindow: Int?, queryWords: Int?) {
        self.init(instrument: instrument, results: results, hasMore: hasMore, rankingWindow: rankingWindow, queryWords: queryWords)
    }
}
