public import Archive
public import DocumentParser
import Foundation
public import Logging
public import PostgresNIO
import VietnameseText

extension PostgresDocumentArchive {
    /// Stores a parsed document with its pages in one transaction (the rules of
    /// ``Archive/SQLiteArchive/store(_:text:)``: duplicates by SHA-256, versions by path, copies by
    /// number, issuer and date, citation resolution both ways).
    public func store(_ parsed: ParsedDocument, text: DocumentText) async throws -> StoreOutcome {
        guard let outcome = try await store(batch: [(parsed, text)]).first else {
            throw ArchiveError(.io, "The document was not stored")
        }
        return outcome
    }

    /// Stores several documents in one transaction: all are stored or none is.
    public func store(batch documents: [(ParsedDocument, DocumentText)]) async throws -> [StoreOutcome] {
        let ingestedAt = Date().formatted(.iso8601)
        let encoded: [String]
        do {
            encoded = try documents.map { String(decoding: try jsonEncoder.encode($0.0), as: UTF8.self) }
        } catch {
            throw ArchiveError(.invalidArgument, "A parsed document could not be encoded", underlying: "\(error)")
        }
        let logger = self.logger
        return try await perform("storing documents") {
            try await client.withConnection { connection in
                try await connection.transaction(logger: logger) { connection in
                    try await Self.write(documents, encoded: encoded, ingestedAt: ingestedAt, on: connection, logger: logger)
                }
            }
        }
    }

    /// Stores a document on `connection`, inside a transaction the caller owns and ends: an ingest
    /// worker's job completion, so that the document is stored if and only if its job is marked
    /// done. Its word boxes go in the same transaction.
    /// - Parameters:
    ///   - parsed: The parser's output.
    ///   - text: The pages the parser read.
    ///   - words: The word boxes of the scanned pages (empty for text files).
    ///   - connection: A connection inside an open transaction.
    ///   - logger: Where to log the statements.
    /// - Returns: Whether the document was stored or recognised as a duplicate.
    /// - Throws: ``Archive/ArchiveError``.
    public static func store(
        _ parsed: ParsedDocument,
        text: DocumentText,
        words: [PageWords],
        on connection: PostgresConnection,
        logger: Logger = PostgresMigrator.quiet
    ) async throws -> StoreOutcome {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json: String
        do {
            json = String(decoding: try encoder.encode(parsed), as: UTF8.self)
        } catch {
            throw ArchiveError(.invalidArgument, "A parsed document could not be encoded", underlying: "\(error)")
        }
        do {
            let outcomes = try await write(
                [(parsed, text)],
                encoded: [json],
                ingestedAt: Date().formatted(.iso8601),
                on: connection,
                logger: logger
            )
            guard let outcome = outcomes.first else { throw ArchiveError(.io, "The document was not stored") }
            if case .stored(let id, _, _, _) = outcome, !words.isEmpty {
                try await writeWords(documentID: id, pages: words, on: connection, logger: logger)
            }
            return outcome
        } catch let error as ArchiveError {
            throw error
        } catch {
            throw ArchiveError(.io, "The document could not be stored in the database", underlying: String(reflecting: error))
        }
    }

    /// The statements of a store, on a connection inside a transaction: the advisory locks, the
    /// rows, then citation resolution both ways.
    static func write(
        _ documents: [(ParsedDocument, DocumentText)],
        encoded: [String],
        ingestedAt: String,
        on connection: PostgresConnection,
        logger: Logger
    ) async throws -> [StoreOutcome] {
        let writer = StoreWriter(connection: connection, logger: logger)
        // One statement for all the locks (a round trip each cost a fifth of a store): the
        // function runs on the array's elements in their order, which is sorted.
        let keys = lockKeys(documents.map(\.0))
        if !keys.isEmpty {
            try await writer.run("SELECT count(pg_advisory_xact_lock(k)) FROM unnest(\(keys)::bigint[]) AS k")
        }
        var resolution = PendingResolution()
        var outcomes: [StoreOutcome] = []
        for (document, json) in zip(documents, encoded) {
            outcomes.append(try await writer.insert(document.0, text: document.1, json: json, ingestedAt: ingestedAt, resolution: &resolution))
        }
        try await resolution.resolve(writer)
        return outcomes
    }

    /// The advisory lock keys a store takes, sorted: the documents' SHA-256 and path (duplicates,
    /// versions) and every number key they carry or cite (copies, citation resolution).
    static func lockKeys(_ documents: [ParsedDocument]) -> [Int64] {
        var names = Set<String>()
        for parsed in documents {
            names.insert("sha:" + parsed.source.sha256.lowercased())
            names.insert("path:" + parsed.source.path)
            if let key = parsed.number?.keyed?.key { names.insert("number:" + key) }
            for citation in parsed.citations {
                if let key = (citation.number ?? citation.knownNumber)?.keyed?.key { names.insert("number:" + key) }
            }
        }
        return Set(names.map(lockKey)).sorted()
    }

    /// A stable 64-bit key for a name (FNV-1a).
    static func lockKey(_ name: String) -> Int64 {
        var hash: UInt64 = 1_469_598_103_934_665_603
        for byte in name.utf8 { hash = (hash ^ UInt64(byte)) &* 1_099_511_628_211 }
        return Int64(bitPattern: hash)
    }
}

/// The statements of one store transaction, on its connection.
struct StoreWriter {
    let connection: PostgresConnection
    let logger: Logger

    func run(_ query: PostgresQuery) async throws {
        try await connection.run(query, logger: logger)
    }

    func rows<T>(_ query: PostgresQuery, _ read: (PostgresRandomAccessRow) throws -> T) async throws -> [T] {
        var result: [T] = []
        for try await row in try await connection.query(query, logger: logger) {
            result.append(try read(row.makeRandomAccess()))
        }
        return result
    }

    func insert(
        _ parsed: ParsedDocument,
        text: DocumentText,
        json: String,
        ingestedAt: String,
        resolution: inout PendingResolution
    ) async throws -> StoreOutcome {
        let sha = parsed.source.sha256.lowercased()
        if let existing = try await rows("SELECT id FROM documents WHERE sha256 = \(sha)", { try $0["id"].decode(Int64.self) }).first {
            return .duplicate(existingID: existing)
        }
        let previous = try await rows(
            """
            SELECT id, version FROM documents WHERE source_path = \(parsed.source.path) AND superseded_by IS NULL
            ORDER BY id DESC LIMIT 1
            """
        ) { (try $0["id"].decode(Int64.self), try $0["version"].decode(Int.self)) }.first
        let previousID = previous?.0
        let version = (previous?.1 ?? 0) + 1
        let number = parsed.number?.keyed
        let issuerKeys = [IssuerKey.make(parsed.issuer), IssuerKey.make(parsed.parentIssuer)]
        var pages = text.pages.isEmpty ? [DocumentText.Page(number: 1, text: "")] : text.pages
        if Set(pages.map(\.number)).count != pages.count {
            for index in pages.indices { pages[index].number = index + 1 }
        }
        let textSource = (parsed.source.textSource ?? text.source).rawValue
        let confidence = parsed.source.meanConfidence ?? text.meanConfidence
        let pageCount = max(parsed.source.pages, pages.count)
        guard
            let id = try await rows(
                """
                INSERT INTO documents (number, number_key, number_head, number_year, number_code, type, type_key,
                    date, place, issuer, issuer_key, parent_issuer, parent_issuer_key, subject, signer_name,
                    signer_title, source_path, sha256, page_count, text_source, mean_confidence, ingested_at,
                    version, supersedes, parsed_json)
                VALUES (\(parsed.number?.text), \(number?.key), \(number?.serial), \(number?.year), \(number?.code),
                    \(parsed.type), \(parsed.type.map(VietnameseFolding.fold)), \(parsed.date), \(parsed.place),
                    \(parsed.issuer), \(issuerKeys[0]), \(parsed.parentIssuer), \(issuerKeys[1]), \(parsed.subject),
                    \(parsed.signer?.name), \(parsed.signer?.title), \(parsed.source.path), \(sha), \(pageCount),
                    \(textSource), \(confidence), \(ingestedAt), \(version), \(previousID), \(json))
                RETURNING id
                """,
                { try $0["id"].decode(Int64.self) }
            ).first
        else { throw ArchiveError(.io, "The document was not stored") }
        if let previousID {
            try await run("UPDATE documents SET superseded_by = \(id) WHERE id = \(previousID)")
            try await promoteCopies(of: previousID)
        }
        let copyOf = try await markCopy(id: id, numberKey: number?.key, issuerKey: issuerKeys[0], date: parsed.date)
        let firstPage = pages.map(\.number).min() ?? 1
        for page in pages {
            let carriesSubject = page.number == firstPage
            let subject = carriesSubject ? parsed.subject : nil
            let folded = SearchTokens.vector(subject: subject, body: page.text, form: .folded)
            let exact = SearchTokens.vector(subject: subject, body: page.text, form: .exact)
            try await run(
                """
                INSERT INTO pages (document_id, number, text, confidence, carries_subject, folded, exact)
                VALUES (\(id), \(page.number), \(page.text), \(page.confidence), \(carriesSubject), \(folded)::tsvector, \(exact)::tsvector)
                """
            )
        }
        for (position, citation) in parsed.citations.enumerated() {
            let cited = (citation.number ?? citation.knownNumber)?.keyed
            try await run(
                """
                INSERT INTO citations (document_id, position, raw_text, number, number_key, number_head, number_year,
                    number_code, type, type_key, name, date, issuer, issuer_key, relation, page, mentions, action, affected_part)
                VALUES (\(id), \(position), \(citation.text), \(citation.number?.text ?? cited?.text), \(cited?.key), \(cited?.serial),
                    \(cited?.year), \(cited?.code), \(citation.type), \(citation.type.map(VietnameseFolding.fold)), \(citation.name),
                    \(citation.date), \(citation.issuer), \(IssuerKey.make(citation.issuer)), \(citation.relation.rawValue),
                    \(citation.page), \(citation.mentions ?? 1), \(citation.action?.rawValue), \(citation.affectedPart))
                """
            )
        }
        for (position, deadline) in parsed.deadlines.enumerated() {
            try await run(
                """
                INSERT INTO deadlines (document_id, position, date, due_by, time, task, responsible, text, page, recurrence)
                VALUES (\(id), \(position), \(deadline.date), \(deadline.dueBy), \(deadline.time), \(deadline.task),
                    \(deadline.responsible), \(deadline.text), \(deadline.page), \(deadline.recurrence))
                """
            )
        }
        resolution.add(.init(id: id, numberKey: number?.key, date: parsed.date, year: number?.year, issuerKeys: issuerKeys), previousID: previousID)
        // A number that was not cleanly printed is checked against the archive; a citing document
        // that arrives later is evidence for the documents it names (as in the SQLite archive).
        if NumberCrossCheck.wanted(parsed) { resolution.noteUnsureNumber() }
        if let filled = try await PostgresNumberCrossCheck.run(documentID: id, parsed: parsed, writer: self) {
            resolution.add(.init(id: id, numberKey: filled.key, date: parsed.date, year: filled.year, issuerKeys: issuerKeys), previousID: nil)
        }
        if !parsed.citations.isEmpty { try await PostgresNumberCrossCheck.recheckCited(by: id, resolution: &resolution, writer: self) }
        return .stored(id: id, version: version, supersedes: previousID, copyOf: copyOf)
    }

    /// Marks document `id` as a copy of the current document with the same number, issuer and date.
    private func markCopy(id: Int64, numberKey: String?, issuerKey: String?, date: String?) async throws -> Int64? {
        guard let numberKey, let issuerKey, let date else { return nil }
        guard
            let head = try await rows(
                """
                SELECT coalesce(copy_of, id) AS head FROM documents
                WHERE number_key = \(numberKey) AND issuer_key = \(issuerKey) AND date = \(date) AND superseded_by IS NULL AND id <> \(id)
                ORDER BY id LIMIT 1
                """,
                { try $0["head"].decode(Int64.self) }
            ).first
        else { return nil }
        try await run("UPDATE documents SET copy_of = \(head) WHERE id = \(id)")
        return head
    }

    /// A group's first document was replaced by a new version: its oldest current copy leads the group.
    private func promoteCopies(of previousID: Int64) async throws {
        guard
            let next = try await rows(
                "SELECT id FROM documents WHERE copy_of = \(previousID) AND superseded_by IS NULL ORDER BY id LIMIT 1",
                { try $0["id"].decode(Int64.self) }
            ).first
        else { return }
        try await run("UPDATE documents SET copy_of = NULL WHERE id = \(next)")
        try await run("UPDATE documents SET copy_of = \(next) WHERE copy_of = \(previousID)")
    }
}
