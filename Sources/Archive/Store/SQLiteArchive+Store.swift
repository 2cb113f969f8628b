public import DocumentParser
import Foundation
import GRDB
import VietnameseText

extension SQLiteArchive {
    /// Stores a parsed document with its pages in one transaction.
    ///
    /// - Parameters:
    ///   - parsed: the parser's output; `parsed.source.sha256` identifies the content.
    ///   - text: the pages the parser read (an empty page list stores one empty page).
    /// - Returns: `.duplicate` when the same sha256 is archived (nothing written), otherwise `.stored`
    ///   with the new id; a changed file at an archived path is a new version superseding the old.
    /// - Throws: ``ArchiveError`` (`.diskFull`, `.readOnly` ...); on error nothing of this document
    ///   is stored and everything stored before is intact.
    public func store(_ parsed: ParsedDocument, text: DocumentText) throws -> StoreOutcome {
        let json: String
        do {
            json = String(decoding: try jsonEncoder.encode(parsed), as: UTF8.self)
        } catch {
            throw ArchiveError(.invalidArgument, "The parsed document could not be encoded", underlying: "\(error)")
        }
        let ingestedAt = Date().formatted(.iso8601)
        return try retryingConflicts {
            try perform {
                try pool.write { db in
                    var resolution = CitationResolver.Pending()
                    let outcome = try Self.insert(parsed, text: text, json: json, ingestedAt: ingestedAt, resolution: &resolution, db: db)
                    try resolution.resolve(db: db)
                    return outcome
                }
            }
        }
    }

    /// Runs a write again when another process held the archive past the busy timeout or stored the
    /// same row between our check and our insert (a unique rule): up to five tries, waiting a little
    /// longer each time; the rerun sees the other writer's rows (a duplicate is then recognised).
    func retryingConflicts<T>(_ body: () throws -> T) throws -> T {
        var attempt = 0
        while true {
            do {
                return try body()
            } catch let error as ArchiveError where (error.code == .busy || error.code == .invalidArgument) && attempt < 4 {
                attempt += 1
                usleep(useconds_t(50_000 * attempt))
            }
        }
    }

    /// Stores several documents in one transaction: all are stored or none is.
    ///
    /// Faster than ``store(_:text:)`` per document for bulk loads (one commit, one FTS5 segment
    /// flush and one pass of citation resolution per batch); a crash loses at most the open batch,
    /// which the next run stores again (duplicates are recognised by sha256). The CLI's `ingest`
    /// stores one document per transaction; this is for loads that can redo a batch.
    /// - Parameter documents: parsed documents with their pages.
    /// - Returns: one outcome per document, in order.
    /// - Throws: ``ArchiveError``; on error nothing of the batch is stored.
    public func store(batch documents: [(ParsedDocument, DocumentText)]) throws -> [StoreOutcome] {
        let ingestedAt = Date().formatted(.iso8601)
        let encoded: [String]
        do {
            encoded = try documents.map { String(decoding: try jsonEncoder.encode($0.0), as: UTF8.self) }
        } catch {
            throw ArchiveError(.invalidArgument, "A parsed document could not be encoded", underlying: "\(error)")
        }
        return try perform {
            try pool.write { db in
                var resolution = CitationResolver.Pending()
                let outcomes = try zip(documents, encoded).map { document, json in
                    try Self.insert(document.0, text: document.1, json: json, ingestedAt: ingestedAt, resolution: &resolution, db: db)
                }
                try resolution.resolve(db: db)
                return outcomes
            }
        }
    }

    /// Whether a file with this SHA-256 is archived.
    public func contains(sha256: String) throws -> Bool {
        try perform {
            try pool.read { db in
                try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM documents WHERE sha256 = ?)", arguments: [sha256.lowercased()]) ?? false
            }
        }
    }

    private static func insert(
        _ parsed: ParsedDocument,
        text: DocumentText,
        json: String,
        ingestedAt: String,
        resolution: inout CitationResolver.Pending,
        db: Database
    ) throws -> StoreOutcome {
        let sha = parsed.source.sha256.lowercased()
        if let existing = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM documents WHERE sha256 = ?"), arguments: [sha]) {
            return .duplicate(existingID: existing)
        }
        let previous = try Row.fetchOne(
            db.cachedStatement(sql: "SELECT id, version FROM documents WHERE source_path = ? AND superseded_by IS NULL ORDER BY id DESC LIMIT 1"),
            arguments: [parsed.source.path]
        )
        let previousID: Int64? = previous?["id"]
        let version = (previous?["version"] as Int? ?? 0) + 1
        let number = parsed.number?.keyed
        let issuerKeys = [IssuerKey.make(parsed.issuer), IssuerKey.make(parsed.parentIssuer)]
        var pages = text.pages.isEmpty ? [DocumentText.Page(number: 1, text: "")] : text.pages
        if Set(pages.map(\.number)).count != pages.count {
            // Page numbers must be unique per document; renumber a list that repeats one.
            for index in pages.indices { pages[index].number = index + 1 }
        }
        try db.cachedStatement(
            sql: """
                INSERT INTO documents (number, number_key, number_head, number_year, number_code, type, type_key,
                    date, place, issuer, issuer_key, parent_issuer, parent_issuer_key, subject, signer_name,
                    signer_title, source_path, sha256, page_count, text_source, mean_confidence, ingested_at,
                    version, supersedes, parsed_json)
                VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)
                """
        ).execute(arguments: [
            parsed.number?.text, number?.key, number?.serial, number?.year, number?.code,
            parsed.type, parsed.type.map(VietnameseFoldingTokenizer.fold), parsed.date, parsed.place,
            parsed.issuer, issuerKeys[0], parsed.parentIssuer, issuerKeys[1],
            parsed.subject, parsed.signer?.name, parsed.signer?.title, parsed.source.path, sha,
            max(parsed.source.pages, pages.count), (parsed.source.textSource ?? text.source).rawValue,
            parsed.source.meanConfidence ?? text.meanConfidence, ingestedAt, version, previousID, json,
        ])
        let id = db.lastInsertedRowID
        if let previousID {
            try db.execute(sql: "UPDATE documents SET superseded_by = ? WHERE id = ?", arguments: [id, previousID])
            try Self.promoteCopies(of: previousID, db: db)
        }
        let copyOf = try Self.markCopy(id: id, numberKey: number?.key, issuerKey: issuerKeys[0], date: parsed.date, db: db)
        let firstPage = pages.map(\.number).min() ?? 1
        for page in pages {
            let carriesSubject = page.number == firstPage
            try db.cachedStatement(sql: "INSERT INTO pages (document_id, number, text, confidence, carries_subject) VALUES (?,?,?,?,?)")
                .execute(arguments: [id, page.number, page.text, page.confidence, carriesSubject])
            let pageID = db.lastInsertedRowID
            let subject = carriesSubject ? parsed.subject : nil
            try db.cachedStatement(sql: "INSERT INTO search_folded (rowid, subject, body) VALUES (?,?,?)")
                .execute(arguments: [pageID, subject, page.text])
            try db.cachedStatement(sql: "INSERT INTO search_exact (rowid, subject, body) VALUES (?,?,?)")
                .execute(arguments: [pageID, subject, page.text])
        }
        for (position, citation) in parsed.citations.enumerated() {
            // A law cited by name is its number when the parser knows it (`knownNumber`).
            let cited = (citation.number ?? citation.knownNumber)?.keyed
            try db.cachedStatement(
                sql: """
                    INSERT INTO citations (document_id, position, raw_text, number, number_key, number_head, number_year,
                        number_code, type, type_key, name, date, issuer, issuer_key, relation, page, mentions, action, affected_part)
                    VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)
                    """
            ).execute(arguments: [
                id, position, citation.text, citation.number?.text ?? cited?.text, cited?.key, cited?.serial,
                cited?.year, cited?.code, citation.type, citation.type.map(VietnameseFoldingTokenizer.fold), citation.name,
                citation.date, citation.issuer, IssuerKey.make(citation.issuer), citation.relation.rawValue,
                citation.page, citation.mentions ?? 1, citation.action?.rawValue, citation.affectedPart,
            ])
        }
        for (position, deadline) in parsed.deadlines.enumerated() {
            try db.cachedStatement(
                sql: """
                    INSERT INTO deadlines (document_id, position, date, due_by, time, task, responsible, text, page, recurrence)
                    VALUES (?,?,?,?,?,?,?,?,?,?)
                    """
            ).execute(arguments: [
                id, position, deadline.date, deadline.dueBy, deadline.time, deadline.task, deadline.responsible, deadline.text,
                deadline.page, deadline.recurrence,
            ])
        }
        resolution.add(
            .init(id: id, numberKey: number?.key, date: parsed.date, year: number?.year, issuerKeys: issuerKeys),
            previousID: previousID
        )
        // A number that was not cleanly printed is checked against the archive; a citing document
        // that arrives later is evidence for the documents it names.
        if NumberCrossCheck.wanted(parsed) { resolution.noteUnsureNumber() }
        if let filled = try NumberCrossCheck.run(documentID: id, parsed: parsed, db: db) {
            resolution.add(
                .init(id: id, numberKey: filled.key, date: parsed.date, year: filled.year, issuerKeys: issuerKeys),
                previousID: nil
            )
        }
        if !parsed.citations.isEmpty { try NumberCrossCheck.recheckCited(by: id, resolution: &resolution, db: db) }
        return .stored(id: id, version: version, supersedes: previousID, copyOf: copyOf)
    }

    /// Marks document `id` as a copy of the current document with the same number, issuer and
    /// date (another scan of the same dispatch), when there is one and all three are read.
    /// - Returns: the group's first document, or `nil` when `id` is the first of its kind.
    private static func markCopy(id: Int64, numberKey: String?, issuerKey: String?, date: String?, db: Database) throws -> Int64? {
        guard let numberKey, let issuerKey, let date else { return nil }
        guard
            let head = try Int64.fetchOne(
                db.cachedStatement(
                    sql: """
                        SELECT coalesce(copy_of, id) FROM documents
                        WHERE number_key = ? AND issuer_key = ? AND date = ? AND superseded_by IS NULL AND id != ?
                        ORDER BY id LIMIT 1
                        """
                ),
                arguments: [numberKey, issuerKey, date, id]
            )
        else { return nil }
        try db.execute(sql: "UPDATE documents SET copy_of = ? WHERE id = ?", arguments: [head, id])
        return head
    }

    /// A group's first document was replaced by a new version (a changed file at its path): its
    /// oldest current copy becomes the group's first, the others point to it.
    private static func promoteCopies(of previousID: Int64, db: Database) throws {
        guard
            let next = try Int64.fetchOne(
                db,
                sql: """
                    SELECT id FROM documents WHERE copy_of = ? AND superseded_by IS NULL ORDER BY id LIMIT 1
                    """,
                arguments: [previousID]
            )
        else { return }
        try db.execute(sql: "UPDATE documents SET copy_of = NULL WHERE id = ?", arguments: [next])
        try db.execute(sql: "UPDATE documents SET copy_of = ? WHERE copy_of = ?", arguments: [next, previousID])
    }
}
