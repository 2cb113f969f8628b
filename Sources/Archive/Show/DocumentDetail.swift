public import DocumentParser

/// Everything the archive knows of one document: `vanthu show`.
public struct DocumentDetail: Sendable, Hashable {
    /// One citation the document makes, and where it resolved.
    public struct OutgoingCitation: Sendable, Hashable, Codable {
        public var citation: Citation
        /// The archived document it resolved to.
        public var resolvedDocumentID: Int64?
        /// Several archived documents match the number and nothing tells them apart.
        public var ambiguous: Bool
    }

    /// A document citing this one.
    public struct IncomingCitation: Sendable, Hashable, Codable {
        /// The citing document.
        public var document: DocumentSummary
        /// The citation as written.
        public var text: String
        public var relation: Citation.Relation
        public var page: Int?
        /// The citation matches this document's number but also another archived document's.
        public var ambiguous: Bool
    }

    public var summary: DocumentSummary
    /// The parser's output as stored: `show --json` prints it unchanged.
    public var parsed: ParsedDocument
    public var citations: [OutgoingCitation]
    public var citedBy: [IncomingCitation]
    public var deadlines: [Deadline]
    public var pages: [DocumentText.Page]
    /// The previous version's id, when this file replaced an earlier one at the same path.
    public var supersedes: Int64?
    /// The first document of its copy group when this is another scan of it (same number, issuer
    /// and date), else `nil`.
    public var copyOf: Int64? = nil
    /// Every current scan of the same document, this one included, oldest first; empty when the
    /// document has a single scan.
    public var copies: [DocumentSummary] = []
    /// Whether it still stands: the acts of archived documents on its number (replaced, repealed,
    /// amended), or not yet in force.
    public var status = DocumentStatus(acts: [], effectiveFrom: nil)
    /// What the archive adds to check: a "Căn cứ" instrument it knows was replaced or repealed
    /// before this document's date ("căn cứ văn bản đã bị thay thế"), naming the replacement.
    public var archiveNotices: [Notice] = []

    /// The parser's notices and the archive's, for a person to check.
    public var notices: [Notice] { parsed.notices + archiveNotices }
}

extension DocumentDetail {
    /// A detail (other archive backends build it from their rows).
    package init(
        summary: DocumentSummary,
        parsed: ParsedDocument,
        citations: [OutgoingCitation],
        citedBy: [IncomingCitation],
        pages: [DocumentText.Page],
        supersedes: Int64?,
        copyOf: Int64?,
        copies: [DocumentSummary],
        status: DocumentStatus,
        archiveNotices: [Notice]
    ) {
        self.init(
            summary: summary,
            parsed: parsed,
            citations: citations,
            citedBy: citedBy,
            deadlines: parsed.deadlines,
            pages: pages,
            supersedes: supersedes,
            copyOf: copyOf,
            copies: copies,
            status: status,
            archiveNotices: archiveNotices
        )
    }
}

extension DocumentDetail.OutgoingCitation {
    /// A citation out (other archive backends build it from their rows).
    package init(_ citation: Citation, resolvedDocumentID: Int64?, ambiguous: Bool) {
        self.init(citation: citation, resolvedDocumentID: resolvedDocumentID, ambiguous: ambiguous)
    }
}

extension DocumentDetail.IncomingCitation {
    /// A citation in (other archive backends build it from their rows).
    package init(_ document: DocumentSummary, text: String, relation: Citation.Relation, page: Int?, ambiguous: Bool) {
        self.init(document: document, text: text, relation: relation, page: page, ambiguous: ambiguous)
    }
}
