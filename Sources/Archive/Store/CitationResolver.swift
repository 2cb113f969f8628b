import GRDB

/// Decides which archived document a citation names.
///
/// Identity is number + year + issuer: a citation resolves to the one current document whose
/// number key matches and whose date, year and issuer do not contradict the citation's. Several
/// matches leave it unresolved and flagged ambiguous.
package enum CitationResolver {
    /// The documents inserted in one transaction, whose citations (and citations naming them) are
    /// resolved once, at its end: a batch resolves each affected citation once, against the
    /// archive with the whole batch in it.
    struct Pending {
        /// What resolution compares of an inserted document.
        struct Inserted {
            var id: Int64
            var numberKey: String?
            var date: String?
            var year: String?
            var issuerKeys: [String?]
        }

        private var documents: [Inserted] = []
        private var previousIDs: [Int64] = []
        /// Whether `unsure_numbers` may hold rows (`nil`: not asked yet in this transaction).
        private var unsureNumbers: Bool?
        /// Records that a document of this transaction has an unsure number.
        mutating func noteUnsureNumber() { unsureNumbers = true }

        /// Whether any document has an unsure number: without one, citing documents need no
        /// cross-check (asked once per transaction).
        mutating func mayHoldUnsureNumbers(db: Database) throws -> Bool {
            if let unsureNumbers { return unsureNumbers }
            let any = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM unsure_numbers)") ?? true
            unsureNumbers = any
            return any
        }

        /// Records an inserted document and the version it replaced, if any.
        mutating func add(_ document: Inserted, previousID: Int64?) {
            documents.append(document)
            if let previousID { previousIDs.append(previousID) }
        }

        /// Recomputes resolution for the new documents' citations, for citations naming their
        /// numbers that they may now resolve to (or that were ambiguous), and for citations that
        /// pointed at the versions they replaced.
        func resolve(db: Database) throws {
            var ids: [Int64] = []
            for document in documents {
                ids += try Int64.fetchAll(
                    db.cachedStatement(sql: "SELECT id FROM citations WHERE document_id = ? AND number_key IS NOT NULL"),
                    arguments: [document.id]
                )
            }
            // A citation naming a new number changes only when a new document is a candidate for
            // it (nothing contradicts) or when it was ambiguous: the others keep their resolution.
            let byKey = Dictionary(grouping: documents.filter { $0.numberKey != nil }, by: { $0.numberKey ?? "" })
            for (numberKey, named) in byKey.sorted(by: { $0.key < $1.key }) {
                let rows = try Row.fetchAll(
                    db.cachedStatement(sql: "SELECT id, document_id, date, number_year, issuer_key, ambiguous FROM citations WHERE number_key = ?"),
                    arguments: [numberKey]
                )
                for row in rows {
                    let citingID: Int64 = row["document_id"]
                    let affected =
                        row["ambiguous"] as Bool? ?? false
                        || named.contains { document in
                            document.id != citingID
                                && compatible(
                                    citationDate: row["date"],
                                    citationYear: row["number_year"],
                                    citationIssuer: row["issuer_key"],
                                    documentDate: document.date,
                                    documentYear: document.year,
                                    documentIssuers: document.issuerKeys
                                )
                        }
                    if affected { ids.append(row["id"]) }
                }
            }
            for previousID in previousIDs {
                ids += try Int64.fetchAll(db.cachedStatement(sql: "SELECT id FROM citations WHERE resolved_document_id = ?"), arguments: [previousID])
            }
            var seen = Set<Int64>()
            for id in ids where seen.insert(id).inserted {
                try CitationResolver.resolve(citationID: id, db: db)
            }
        }
    }

    /// Resolves one citation and records the result.
    static func resolve(citationID: Int64, db: Database) throws {
        guard
            let citation = try Row.fetchOne(
                db.cachedStatement(
                    sql: """
                        SELECT document_id, number_key, number_year, date, issuer_key, resolved_document_id, ambiguous
                        FROM citations WHERE id = ?
                        """
                ),
                arguments: [citationID]
            )
        else { return }
        let citingID: Int64 = citation["document_id"]
        guard let key: String = citation["number_key"] else { return }
        let candidates = try Row.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT id, date, number_year, issuer_key, parent_issuer_key FROM documents
                    WHERE number_key = ? AND superseded_by IS NULL AND copy_of IS NULL AND id != ?
                    """
            ),
            arguments: [key, citingID]
        )
        let matching = candidates.filter { doc in
            compatible(
                citationDate: citation["date"],
                citationYear: citation["number_year"],
                citationIssuer: citation["issuer_key"],
                documentDate: doc["date"],
                documentYear: doc["number_year"],
                documentIssuers: [doc["issuer_key"], doc["parent_issuer_key"]]
            )
        }
        let resolved: Int64? = matching.count == 1 ? matching[0]["id"] : nil
        let ambiguous = matching.count > 1
        // Most citations keep their resolution (a new one naming an instrument outside the archive
        // stays unresolved): only a change is written.
        guard resolved != citation["resolved_document_id"] || ambiguous != citation["ambiguous"] else { return }
        try db.cachedStatement(sql: "UPDATE citations SET resolved_document_id = ?, ambiguous = ? WHERE id = ?")
            .execute(arguments: [resolved, ambiguous, citationID])
    }

    /// Whether nothing known about the citation contradicts the document.
    package static func compatible(
        citationDate: String?,
        citationYear: String?,
        citationIssuer: String?,
        documentDate: String?,
        documentYear: String?,
        documentIssuers: [String?]
    ) -> Bool {
        if let citationDate, let documentDate, citationDate != documentDate { return false }
        let citedYear = citationYear ?? citationDate.map { String($0.prefix(4)) }
        let docYear = documentYear ?? documentDate.map { String($0.prefix(4)) }
        if let citedYear, let docYear, citedYear != docYear { return false }
        if let citationIssuer {
            let known = documentIssuers.compactMap { $0 }
            if !known.isEmpty, !known.contains(where: { IssuerKey.compatible($0, citationIssuer) }) { return false }
        }
        return true
    }
}
