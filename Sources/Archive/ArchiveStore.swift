public import DocumentParser

/// The archive as the commands, the web server and the ingest pipeline see it: store, search, show,
/// graph, deadlines, facets, word boxes and status. ``SQLiteArchive`` implements it on one SQLite
/// file (its synchronous methods witness the requirements); `PostgresDocumentArchive` (module
/// `PostgresArchive`) on a PostgreSQL server. One conformance suite runs against both.
///
/// Every method throws ``ArchiveError`` only.
public protocol ArchiveStore: PageWordStore, Sendable {
    /// Stores a parsed document with its pages in one transaction.
    ///
    /// The same content (sha256) already archived is skipped; a different file at an archived path
    /// becomes a new version; a rescan of an archived dispatch (same number, issuer and date) is a
    /// copy of it. Citation resolution is recomputed both ways.
    /// - Parameters:
    ///   - parsed: the parser's output.
    ///   - text: the pages the parser read.
    /// - Returns: whether the document was stored or recognised as a duplicate.
    func store(_ parsed: ParsedDocument, text: DocumentText) async throws -> StoreOutcome

    /// Stores several documents in one transaction (all or none), for bulk loads.
    func store(batch documents: [(ParsedDocument, DocumentText)]) async throws -> [StoreOutcome]

    /// Whether a file with this SHA-256 is archived (to skip OCR on resumed ingests).
    func contains(sha256: String) async throws -> Bool

    /// The id of the archived document with this SHA-256, `nil` when there is none.
    func documentID(sha256: String) async throws -> Int64?

    /// Searches documents: the named instrument, then documents citing it, then free text
    /// (the tiers of ``SearchPlan``).
    func search(_ query: SearchQuery) async throws -> SearchPage

    /// Finds documents by id ("12") or number ("63/KH-THNH", "QĐ 3855").
    func resolve(_ reference: String) async throws -> [DocumentSummary]

    /// A document with its citations out and in, deadlines, pages, copies, notices and status;
    /// `nil` when there is no such id.
    func detail(id: Int64) async throws -> DocumentDetail?

    /// Writes the citation graph (or the neighbourhood of one instrument) to `output`, streaming.
    func exportGraph<Output: TextOutputStream>(_ options: GraphOptions, to output: inout Output) async throws

    /// Dated deadlines matching `query`, earliest first.
    func deadlines(_ query: DeadlineQuery) async throws -> [DeadlineEntry]

    /// The years that have dated deadlines, newest first (the web page's year picker).
    func deadlineYears() async throws -> [Int]

    /// The types and issuers of current documents, most frequent first.
    func facets() async throws -> ArchiveFacets

    /// The status of the instrument with number `number` (archived or only cited), from the
    /// current archived documents that act on it.
    func status(of number: String, effectiveDate: String?, today: String, excluding: Int64?) async throws -> DocumentStatus
}
