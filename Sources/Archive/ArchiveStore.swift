public import DocumentParser

/// The archive as the commands and the ingest pipeline see it: store, search, show, graph,
/// deadlines. ``SQLiteArchive`` implements it on one SQLite file; a PostgreSQL backend can follow.
///
/// Every method throws ``ArchiveError`` only.
public protocol ArchiveStore: Sendable {
    /// Stores a parsed document with its pages in one transaction.
    ///
    /// The same content (sha256) already archived is skipped; a different file at an archived path
    /// becomes a new version. Citation resolution is recomputed both ways.
    /// - Parameters:
    ///   - parsed: the parser's output.
    ///   - text: the pages the parser read.
    /// - Returns: whether the document was stored or recognised as a duplicate.
    func store(_ parsed: ParsedDocument, text: DocumentText) throws -> StoreOutcome

    /// Stores several documents in one transaction (all or none), for bulk loads.
    func store(batch documents: [(ParsedDocument, DocumentText)]) throws -> [StoreOutcome]

    /// Whether a file with this SHA-256 is archived (to skip OCR on resumed ingests).
    func contains(sha256: String) throws -> Bool

    /// The id of the archived document with this SHA-256, `nil` when there is none.
    func documentID(sha256: String) throws -> Int64?

    /// Searches documents: the named instrument, then documents citing it, then free text.
    func search(_ query: SearchQuery) throws -> SearchPage

    /// Finds documents by id ("12") or number ("63/KH-THNH", "QĐ 3855").
    func resolve(_ reference: String) throws -> [DocumentSummary]

    /// A document with its citations out and in, deadlines and pages; `nil` when there is no such id.
    func detail(id: Int64) throws -> DocumentDetail?

    /// Writes the citation graph (or the neighbourhood of one instrument) to `output`, streaming.
    func exportGraph<Output: TextOutputStream>(_ options: GraphOptions, to output: inout Output) throws

    /// Dated deadlines matching `query`, earliest first.
    func deadlines(_ query: DeadlineQuery) throws -> [DeadlineEntry]
}
