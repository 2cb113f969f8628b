/// Finds the number, type, date, place, issuer, subject, signer and recipients of a document.
public struct HeaderExtractor: Sendable {
    /// Creates an extractor.
    public init() {}

    /// Extracts the header fields (TODO: the parser issue fills this in).
    public func extract(from text: DocumentText) -> DocumentHeader {
        DocumentHeader()
    }
}
