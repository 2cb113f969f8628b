import DocumentParser
import Foundation
import GRDB

extension SQLiteArchive {
    /// Finds documents by id or number.
    ///
    /// - Parameter reference: an id ("12"), a number ("63/KH-THNH", "63 /KH-THNH") or a short form
    ///   ("QĐ 3855"). Numbers match current versions only.
    /// - Returns: the matching documents, newest first; several when a number is ambiguous.
    public func resolve(_ reference: String) throws -> [DocumentSummary] {
        let trimmed = reference.trimmingCharacters(in: .whitespaces)
        return try perform {
            try pool.read { db in
                if let id = Int64(trimmed) {
                    return try SQLRequest<TierRow.Document>("SELECT \(sql: DocumentSummary.columns) FROM documents d WHERE d.id = \(id)")
                        .fetchAll(db).map(\.summary)
                }
                guard let instrument = InstrumentReference.find(in: trimmed) else { return [] }
                return try SQLRequest<TierRow.Document>(
                    """
                    SELECT \(sql: DocumentSummary.columns) FROM documents d
                    WHERE \(instrument.sql(alias: "d")) AND d.superseded_by IS NULL AND d.copy_of IS NULL ORDER BY d.date DESC, d.id
                    """
                ).fetchAll(db).map(\.summary)
            }
        }
    }

    /// A document with its citations out and in, deadlines and pages.
    ///
    /// - Parameter id: the document's id.
    /// - Returns: the detail, or `nil` when there is no such document.
    public func detail(id: Int64) throws -> DocumentDetail? {
        try perform {
            try pool.read { db in
                guard
                    let row = try SQLRequest<Row>(
                        "SELECT \(sql: DocumentSummary.columns), d.parsed_json, d.supersedes, d.number_key, d.copy_of FROM documents d WHERE d.id = \(id)"
                    ).fetchOne(db)
                else { return nil }
                let json: String = row["parsed_json"]
                let parsed: ParsedDocument
                do {
                    parsed = try JSONDecoder().decode(ParsedDocument.self, from: Data(json.utf8))
                } catch {
                    throw ArchiveError(.notAnArchive, "Document \(id) is damaged in the archive", path: path, underlying: "\(error)")
                }
                let outgoing = try SQLRequest<Row>(
                    "SELECT position, resolved_document_id, ambiguous FROM citations WHERE document_id = \(id) ORDER BY position"
                ).fetchAll(db)
                let citations: [DocumentDetail.OutgoingCitation] = outgoing.compactMap { c in
                    let position: Int = c["position"]
                    guard parsed.citations.indices.contains(position) else { return nil }
                    return .init(citation: parsed.citations[position], resolvedDocumentID: c["resolved_document_id"], ambiguous: c["ambiguous"])
                }
                let key: String? = row["number_key"]
                let copyOf: Int64? = row["copy_of"]
                let head = copyOf ?? id
                let copies = try SQLRequest<TierRow.Document>(
                    """
                    SELECT \(sql: DocumentSummary.columns) FROM documents d
                    WHERE (d.id = \(head) OR d.copy_of = \(head)) AND d.superseded_by IS NULL ORDER BY d.id
                    """
                ).fetchAll(db).map(\.summary)
                let incoming = try SQLRequest<Row>(
                    """
                    SELECT \(sql: DocumentSummary.columns), c.raw_text, c.relation, c.page, c.ambiguous AS citation_ambiguous
                    FROM citations c JOIN documents d ON d.id = c.document_id
                    WHERE c.resolved_document_id IN (\(id), \(head)) OR (c.ambiguous AND c.number_key = \(key))
                    ORDER BY d.date, d.id
                    """
                ).fetchAll(db)
                let citedBy = incoming.map { c in
                    DocumentDetail.IncomingCitation(
                        document: DocumentSummary(row: c),
                        text: c["raw_text"],
                        relation: Citation.Relation(rawValue: c["relation"]) ?? .reference,
                        page: c["page"],
                        ambiguous: c["citation_ambiguous"]
                    )
                }
                let pages = try SQLRequest<Row>(
                    "SELECT number, text, confidence FROM pages WHERE document_id = \(id) ORDER BY number"
                ).fetchAll(db).map { DocumentText.Page(number: $0["number"], text: $0["text"], confidence: $0["confidence"]) }
                var detail = DocumentDetail(
                    summary: DocumentSummary(row: row),
                    parsed: parsed,
                    citations: citations,
                    citedBy: citedBy,
                    deadlines: parsed.deadlines,
                    pages: pages,
                    supersedes: row["supersedes"],
                    copyOf: copyOf,
                    copies: copies.count > 1 ? copies : []
                )
                if let key {
                    detail.status = try Self.status(key: key, effectiveDate: parsed.effectiveDate, today: Self.today(), excluding: id, db: db)
                }
                detail.archiveNotices = try Self.staleBases(of: parsed, id: id, db: db)
                return detail
            }
        }
    }
}
