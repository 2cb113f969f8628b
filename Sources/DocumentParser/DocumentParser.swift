import VietnameseText

/// Pulls the fields, citations and deadlines out of the text of one Vietnamese administrative document.
///
/// ```swift
/// let parsed = DocumentParser().parse(DocumentText(path: "plan.txt", sha256: digest, pages: pages))
/// print(parsed.number ?? "no number")   // "63/KH-THNH"
/// ```
/// The parser is a pure function of its input: it reads no files and needs no OCR.
public struct DocumentParser: Sendable {
    /// Creates a parser.
    public init() {}

    /// Parses one document.
    /// - Parameter text: the document's pages of text.
    /// - Returns: the document's fields, citations and deadlines, with warnings for what is unclear.
    public func parse(_ text: DocumentText) -> ParsedDocument {
        let header = HeaderExtractor().extract(from: text)
        // Cited numbers written by hand into a printed blank, where the OCR stage read them.
        let handwritten = HandwrittenCitationNumbers(text)
        let scanned = ScannedText(handwritten.text)  // one scan of the body serves both extractors
        var citations = CitationExtractor().extract(from: scanned, ownNumber: header.number)
        let citationWarnings = handwritten.mark(&citations)
        let deadlines = DeadlineExtractor().extract(from: scanned, issueDate: header.date)
        return ParsedDocument(
            source: .init(
                path: text.path, sha256: text.sha256, pages: max(1, text.pages.count),
                textSource: text.source, meanConfidence: text.meanConfidence
            ),
            number: header.number, type: header.type, date: header.date, place: header.place,
            issuer: header.issuer, parentIssuer: header.parentIssuer, subject: header.subject,
            signer: header.signer, recipients: header.recipients, marks: header.marks.isEmpty ? nil : header.marks,
            citations: citations, deadlines: deadlines,
            warnings: header.warnings + citationWarnings, evidence: header.evidence, eSignature: header.eSignature
        )
    }
}
