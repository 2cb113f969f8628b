public import Archive
import DocumentParser
import Foundation
public import Logging
public import PostgresNIO

/// The archive on a PostgreSQL server, for offices with several scanning desks and many people
/// searching: the same tables, identity rules, search tiers and answers as ``Archive/SQLiteArchive``
/// (one conformance suite runs against both), in plain SQL on postgres-nio.
///
/// Writers may run on many machines at once: every store takes transaction-scoped advisory locks
/// on the SHA-256, the path and the number keys it touches (in one sorted order, so writers never
/// deadlock), so duplicates, versions, copies and citation resolution come out as if the documents
/// had been stored one after the other.
///
/// ```swift
/// try await location.withClient { client in
///     let archive = PostgresDocumentArchive(client: client)
///     try await archive.migrate()
///     _ = try await archive.store(parsed, text: text)
///     let page = try await archive.search(SearchQuery("nghi dinh 59"))
/// }
/// ```
public final class PostgresDocumentArchive: ArchiveStore {
    /// The pool the archive runs on (its `run()` must be running).
    public let client: PostgresClient
    /// Where the statements are logged.
    public let logger: Logger
    /// Encodes stored documents (sorted keys, as the SQLite archive does).
    let jsonEncoder: JSONEncoder

    /// The free-text tier ranks at most this many matching pages (the most recently archived).
    public static let rankingWindow = 10_000

    /// An archive on a running client; call ``migrate()`` once before the first use.
    /// - Parameters:
    ///   - client: The pool.
    ///   - logger: Where to log the statements (nowhere by default).
    public init(client: PostgresClient, logger: Logger = PostgresMigrator.quiet) {
        self.client = client
        self.logger = logger
        jsonEncoder = JSONEncoder()
        jsonEncoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    }

    /// Applies vanthu's migrations not applied yet (the queue's and the archive's tables).
    /// - Throws: ``PostgresArchiveError`` (`.newerSchema` for a database of a newer vanthu).
    public func migrate() async throws {
        try await PostgresMigrator.vanthu.migrate(client, logger: logger)
    }

    /// Runs `body`, turning any error into an ``Archive/ArchiveError`` (the protocol's one error).
    func perform<T>(_ english: String, _ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let error as ArchiveError {
            throw error
        } catch {
            let wrapped = PostgresArchiveError.wrapping(error, english, english)
            let unique = wrapped.underlying?.hasPrefix("23505") ?? false
            throw ArchiveError(
                unique ? .invalidArgument : .io,
                unique ? "The document could not be stored: it breaks a rule of the archive (a repeated page or file)" : wrapped.message,
                underlying: wrapped.underlying
            )
        }
    }

    /// Runs a query and collects its rows, each read by `read`.
    func rows<T>(_ query: PostgresQuery, _ read: (PostgresRandomAccessRow) throws -> T) async throws -> [T] {
        var result: [T] = []
        for try await row in try await client.query(query, logger: logger) {
            result.append(try read(row.makeRandomAccess()))
        }
        return result
    }

    /// The columns ``summary(_:)`` reads, under alias `d`.
    static let summaryColumns = "d.id, d.number, d.type, d.date, d.issuer, d.subject, d.source_path, d.version, d.superseded_by"

    /// A document's summary from a row with ``summaryColumns``.
    static func summary(_ row: PostgresRandomAccessRow) throws -> DocumentSummary {
        DocumentSummary(
            id: try row["id"].decode(Int64.self),
            number: try row["number"].decode(String?.self),
            type: try row["type"].decode(String?.self),
            date: try row["date"].decode(String?.self),
            issuer: try row["issuer"].decode(String?.self),
            subject: try row["subject"].decode(String?.self),
            sourcePath: try row["source_path"].decode(String.self),
            version: try row["version"].decode(Int.self),
            supersededBy: try row["superseded_by"].decode(Int64?.self)
        )
    }

    /// Whether a file with this SHA-256 is archived.
    public func contains(sha256: String) async throws -> Bool {
        try await documentID(sha256: sha256) != nil
    }

    /// The id of the document stored with this SHA-256, if any.
    public func documentID(sha256: String) async throws -> Int64? {
        try await perform("looking up a file") {
            try await rows("SELECT id FROM documents WHERE sha256 = \(sha256.lowercased())") { try $0["id"].decode(Int64.self) }.first
        }
    }
}
