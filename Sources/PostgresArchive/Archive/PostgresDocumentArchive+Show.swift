public import Archive
import DocumentParser
import Foundation
import PostgresNIO

extension PostgresDocumentArchive {
    /// Finds documents by id ("12") or number ("63/KH-THNH", "QĐ 3855"); numbers match current
    /// versions only, newest first.
    public func resolve(_ reference: String) async throws -> [DocumentSummary] {
        let trimmed = reference.trimmingCharacters(in: .whitespaces)
        return try await perform("finding a document") {
            if let id = Int64(trimmed) {
                return try await rows("SELECT \(unescaped: Self.summaryColumns) FROM documents d WHERE d.id = \(id)", Self.summary)
            }
            guard let instrument = InstrumentReference.find(in: trimmed) else { return [] }
            var q = SQLBuilder()
            let sql = """
                SELECT \(Self.summaryColumns) FROM documents d
                WHERE \(PostgresConditions.instrument(instrument, alias: "d", &q)) AND \(PostgresConditions.current)
                ORDER BY d.date DESC NULLS LAST, d.id
                """
            return try await rows(q.query(sql), Self.summary)
        }
    }

    /// A document with its citations out and in, deadlines, pages, copies, status and the
    /// archive's notices; `nil` when there is no such id.
    public func detail(id: Int64) async throws -> DocumentDetail? {
        try await perform("reading a document") {
            guard
                let row = try await rows(
                    """
                    SELECT \(unescaped: Self.summaryColumns), d.parsed_json, d.supersedes, d.number_key, d.copy_of
                    FROM documents d WHERE d.id = \(id)
                    """,
                    { row in
                        (
                            summary: try Self.summary(row), json: try row["parsed_json"].decode(String.self),
                            supersedes: try row["supersedes"].decode(Int64?.self), key: try row["number_key"].decode(String?.self),
                            copyOf: try row["copy_of"].decode(Int64?.self)
                        )
                    }
                ).first
            else { return nil }
            let parsed: ParsedDocument
            do {
                parsed = try JSONDecoder().decode(ParsedDocument.self, from: Data(row.json.utf8))
            } catch {
                throw ArchiveError(.notAnArchive, "Document \(id) is damaged in the archive", underlying: "\(error)")
            }
            let outgoing = try await rows(
                "SELECT position, resolved_document_id, ambiguous FROM citations WHERE document_id = \(id) ORDER BY position"
            ) { c in
                (
                    position: try c["position"].decode(Int.self), resolved: try c["resolved_document_id"].decode(Int64?.self),
                    ambiguous: try c["ambiguous"].decode(Bool.self)
                )
            }
            let citations = outgoing.compactMap { c -> DocumentDetail.OutgoingCitation? in
                guard parsed.citations.indices.contains(c.position) else { return nil }
                return .init(parsed.citations[c.position], resolvedDocumentID: c.resolved, ambiguous: c.ambiguous)
            }
            let head = row.copyOf ?? id
            let copies = try await rows(
                """
                SELECT \(unescaped: Self.summaryColumns) FROM documents d
                WHERE (d.id = \(head) OR d.copy_of = \(head)) AND d.superseded_by IS NULL ORDER BY d.id
                """,
                Self.summary
            )
            let citedBy = try await rows(
                """
                SELECT \(unescaped: Self.summaryColumns), c.raw_text, c.relation, c.page, c.ambiguous AS citation_ambiguous
                FROM citations c JOIN documents d ON d.id = c.document_id
                WHERE c.resolved_document_id IN (\(id), \(head)) OR (c.ambiguous AND c.number_key = \(row.key))
                ORDER BY d.date NULLS FIRST, d.id
                """
            ) { c in
                DocumentDetail.IncomingCitation(
                    try Self.summary(c),
                    text: try c["raw_text"].decode(String.self),
                    relation: Citation.Relation(rawValue: try c["relation"].decode(String.self)) ?? .reference,
                    page: try c["page"].decode(Int?.self),
                    ambiguous: try c["citation_ambiguous"].decode(Bool.self)
                )
            }
            let pages = try await rows("SELECT number, text, confidence FROM pages WHERE document_id = \(id) ORDER BY number") { p in
                DocumentText.Page(
                    number: try p["number"].decode(Int.self),
                    text: try p["text"].decode(String.self),
                    confidence: try p["confidence"].decode(Double?.self)
                )
            }
            var status = DocumentStatus([], effectiveFrom: nil)
            if let key = row.key {
                status = try await self.status(key: key, effectiveDate: parsed.effectiveDate, today: SQLiteArchive.today(), excluding: id)
            }
            return DocumentDetail(
                summary: row.summary,
                parsed: parsed,
                citations: citations,
                citedBy: citedBy,
                pages: pages,
                supersedes: row.supersedes,
                copyOf: row.copyOf,
                copies: copies.count > 1 ? copies : [],
                status: status,
                archiveNotices: try await staleBases(of: parsed, id: id)
            )
        }
    }

    /// The status of the instrument with number `number` (archived or only cited), from the
    /// current archived documents that act on it.
    public func status(of number: String, effectiveDate: String?, today: String, excluding: Int64?) async throws -> DocumentStatus {
        guard let key = DocumentNumber(parsing: number)?.key else { return DocumentStatus([], effectiveFrom: nil) }
        return try await perform("reading a status") {
            try await status(key: key, effectiveDate: effectiveDate, today: today, excluding: excluding)
        }
    }

    /// The acts of current documents (other than `excluding`) on the number key `key`, oldest first.
    func status(key: String, effectiveDate: String?, today: String, excluding: Int64?) async throws -> DocumentStatus {
        let acts = try await rows(
            """
            SELECT \(unescaped: Self.summaryColumns), c.action, c.affected_part
            FROM citations c JOIN documents d ON d.id = c.document_id
            WHERE c.number_key = \(key) AND c.action IN ('replaces', 'repeals', 'amends')
              AND d.superseded_by IS NULL AND d.copy_of IS NULL AND d.id IS DISTINCT FROM \(excluding)
            ORDER BY d.date NULLS FIRST, d.id
            """
        ) { row -> DocumentStatus.Act? in
            guard let action = Citation.Action(rawValue: try row["action"].decode(String.self)) else { return nil }
            return DocumentStatus.Act(action, by: try Self.summary(row), part: try row["affected_part"].decode(String?.self))
        }.compactMap { $0 }
        let ahead = effectiveDate.flatMap { $0 > today ? $0 : nil }
        return DocumentStatus(acts, effectiveFrom: ahead)
    }

    /// A notice for each "Căn cứ" instrument replaced or repealed (whole) on or before the document's date.
    func staleBases(of parsed: ParsedDocument, id: Int64) async throws -> [Notice] {
        guard let date = parsed.date else { return [] }
        var notices: [Notice] = []
        for citation in parsed.citations where citation.relation == .basis {
            guard let number = (citation.number ?? citation.knownNumber)?.keyed else { continue }
            let status = try await status(key: number.key, effectiveDate: nil, today: date, excluding: id)
            if let notice = status.staleBasisNotice(cited: number, date: date) { notices.append(notice) }
        }
        return notices
    }
}
