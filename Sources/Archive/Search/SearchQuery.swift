/// A search: what the user typed, filters and a page of results.
///
/// ```swift
/// var query = SearchQuery("nghi dinh 59/2023")
/// query.from = "2024-01-01"
/// query.limit = 10
/// ```
public struct SearchQuery: Sendable, Hashable {
    /// The query string, any text: it is never passed to FTS5 unquoted.
    public var text: String
    /// Document type ("Kế hoạch"), compared folded.
    public var type: String?
    /// Part of the issuer's or parent issuer's name, compared folded ("UBND Quận 6" works).
    public var issuer: String?
    /// Earliest document date, ISO 8601, inclusive.
    public var from: String?
    /// Latest document date, ISO 8601, inclusive.
    public var to: String?
    /// Only documents citing this instrument ("59/2023/NĐ-CP", "NĐ 59/2023").
    public var cites: String?
    /// Results per page (1...1000).
    public var limit: Int
    /// Results to skip.
    public var offset: Int
    /// Markers around matched words in free-text snippets.
    public var highlightOpen: String
    public var highlightClose: String

    /// Creates a query.
    public init(
        _ text: String, type: String? = nil, issuer: String? = nil, from: String? = nil, to: String? = nil,
        cites: String? = nil, limit: Int = 20, offset: Int = 0, highlightOpen: String = "«", highlightClose: String = "»"
    ) {
        self.text = text
        self.type = type
        self.issuer = issuer
        self.from = from
        self.to = to
        self.cites = cites
        self.limit = limit
        self.offset = offset
        self.highlightOpen = highlightOpen
        self.highlightClose = highlightClose
    }
}
