/// Finds what the document says must be done by when.
public struct DeadlineExtractor: Sendable {
    /// Creates an extractor.
    public init() {}

    /// Extracts deadlines (TODO: the parser issue fills this in).
    /// - Parameters:
    ///   - text: the document's pages.
    ///   - issueDate: the document's own date (ISO 8601), to complete dates written without a year.
    public func extract(from text: DocumentText, issueDate: String?) -> [Deadline] {
        []
    }
}
