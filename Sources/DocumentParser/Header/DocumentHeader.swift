/// The header fields of a document: what the clerk files it by.
public struct DocumentHeader: Sendable, Hashable {
    public var number: String?
    public var type: String?
    /// ISO 8601.
    public var date: String?
    public var place: String?
    public var issuer: String?
    public var parentIssuer: String?
    public var subject: String?
    public var signer: ParsedDocument.Signer?
    public var recipients: [String] = []
    public var marks: [String] = []
    public var warnings: [String] = []
    public var evidence: Evidence?
    public var eSignature: ESignature?

    /// Creates an empty header.
    public init() {}
}
