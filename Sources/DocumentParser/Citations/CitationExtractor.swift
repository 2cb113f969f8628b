/// Finds every legal instrument a document cites.
public struct CitationExtractor: Sendable {
    /// Creates an extractor.
    public init() {}

    /// Extracts citations, one per distinct instrument (TODO: the parser issue fills this in).
    /// - Parameters:
    ///   - text: the document's pages.
    ///   - ownNumber: the document's own canonical number, never reported as a citation.
    public func extract(from text: DocumentText, ownNumber: String?) -> [Citation] {
        []
    }
}
