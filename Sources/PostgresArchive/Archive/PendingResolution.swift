import Archive
import PostgresNIO

/// The documents inserted in one store transaction, whose citations (and the citations naming
/// them) are resolved once at its end: the SQLite archive's `CitationResolver.Pending`, on
/// PostgreSQL. Identity is number + year + issuer: a citation resolves to the one current document
/// whose number key matches and whose date, year and issuer do not contradict it; several matches
/// leave it unresolved and flagged ambiguous.
struct PendingResolution {
    typealias Inserted = CitationResolver.Inserted

    private var documents: [Inserted] = []
    private var previousIDs: [Int64] = []
    /// Whether `unsure_numbers` may hold rows (`nil`: not asked yet in this transaction).
    private var unsureNumbers: Bool?

    /// A document with an unsure number was stored in this transaction.
    mutating func noteUnsureNumber() { unsureNumbers = true }

    /// Whether any document has an unsure number: without one, citing documents need no
    /// cross-check (asked once per transaction).
    mutating func mayHoldUnsureNumbers(_ writer: StoreWriter) async throws -> Bool {
        if let unsureNumbers { return unsureNumbers }
        let any = try await writer.rows("SELECT EXISTS (SELECT 1 FROM unsure_numbers) AS any") { try $0["any"].decode(Bool.self) }.first ?? true
        unsureNumbers = any
        return any
    }

    /// Records an inserted document and the version it replaced, if any.
    mutating func add(_ document: Inserted, previousID: Int64?) {
        documents.append(document)
        if let previousID { previousIDs.append(previousID) }
    }

    /// Recomputes resolution for the new documents' citations, for citations naming their numbers
    /// that they may now resolve to (or that were ambiguous), and for citations of replaced versions.
    func resolve(_ writer: StoreWriter) async throws {
        var ids: [Int64] = []
        for document in documents {
            ids += try await writer.rows(
                "SELECT id FROM citations WHERE document_id = \(document.id) AND number_key IS NOT NULL ORDER BY id"
            ) { try $0["id"].decode(Int64.self) }
        }
        for (numberKey, named) in CitationResolver.byNumberKey(documents) {
            ids += try await writer.rows(
                "SELECT id, document_id, date, number_year, issuer_key, ambiguous FROM citations WHERE number_key = \(numberKey) ORDER BY id"
            ) { row in
                let citation = CitationResolver.Cited(
                    citingID: try row["document_id"].decode(Int64.self),
                    date: try row["date"].decode(String?.self),
                    year: try row["number_year"].decode(String?.self),
                    issuer: try row["issuer_key"].decode(String?.self),
                    ambiguous: try row["ambiguous"].decode(Bool.self)
                )
                return CitationResolver.affected(citation, by: named) ? try row["id"].decode(Int64.self) : nil
            }.compactMap { $0 }
        }
        for previousID in previousIDs {
            ids += try await writer.rows("SELECT id FROM citations WHERE resolved_document_id = \(previousID) ORDER BY id") {
                try $0["id"].decode(Int64.self)
            }
        }
        var seen = Set<Int64>()
        for id in ids where seen.insert(id).inserted {
            try await Self.resolve(citationID: id, writer)
        }
    }

    /// Resolves one citation and records the result when it changed.
    static func resolve(citationID: Int64, _ writer: StoreWriter) async throws {
        guard
            let citation = try await writer.rows(
                """
                SELECT document_id, number_key, number_year, date, issuer_key, resolved_document_id, ambiguous
                FROM citations WHERE id = \(citationID)
                """,
                { row in
                    (
                        citing: try row["document_id"].decode(Int64.self), key: try row["number_key"].decode(String?.self),
                        year: try row["number_year"].decode(String?.self), date: try row["date"].decode(String?.self),
                        issuer: try row["issuer_key"].decode(String?.self), resolved: try row["resolved_document_id"].decode(Int64?.self),
                        ambiguous: try row["ambiguous"].decode(Bool.self)
                    )
                }
            ).first, let key = citation.key
        else { return }
        let candidates = try await writer.rows(
            """
            SELECT id, date, number_year, issuer_key, parent_issuer_key FROM documents
            WHERE number_key = \(key) AND superseded_by IS NULL AND copy_of IS NULL AND id <> \(citation.citing)
            """
        ) { row in
            Inserted(
                id: try row["id"].decode(Int64.self),
                numberKey: key,
                date: try row["date"].decode(String?.self),
                year: try row["number_year"].decode(String?.self),
                issuerKeys: [try row["issuer_key"].decode(String?.self), try row["parent_issuer_key"].decode(String?.self)]
            )
        }
        let (resolved, ambiguous) = CitationResolver.decide(
            .init(citingID: citation.citing, date: citation.date, year: citation.year, issuer: citation.issuer, ambiguous: false),
            among: candidates
        )
        guard resolved != citation.resolved || ambiguous != citation.ambiguous else { return }
        try await writer.run("UPDATE citations SET resolved_document_id = \(resolved), ambiguous = \(ambiguous) WHERE id = \(citationID)")
    }
}
