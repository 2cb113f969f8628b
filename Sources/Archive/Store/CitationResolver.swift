import GRDB

/// Decides which archived document a citation names.
///
/// Identity is number + year + issuer: a citation resolves to the one current document whose
/// number key matches and whose date, year and issuer do not contradict the citation's. Several
/// matches leave it unresolved and flagged ambiguous.
enum CitationResolver {
    /// The documents inserted in one transaction, whose citations (and citations naming them) are
    /// resolved once, at its end: a batch resolves each affected citation once, against the
    /// archive with the whole batch in it.
    struct Pending {
        private var documentIDs: [Int64] = []
        private var numberKeys: Set<String> = []
        private var previousIDs: [Int64] = []

        /// Records an inserted document.
        mutating func add(documentID: Int64, numberKey: String?, previousID: Int64?) {
            documentIDs.append(documentID)
            if let numberKey { numberKeys.insert(numberKey) }
            if let previousID { previousIDs.append(previousID) }
        }

        /// Recomputes resolution for the new documents' citations, for citations naming their
        /// numbers, and for citations that pointed at the versions they replaced.
        func resolve(db: Database) throws {
            var ids: [Int64] = []
            for documentID in documentIDs {
                ids += try Int64.fetchAll(
                    db.cachedStatement(sql: "SELECT id FROM citations WHERE document_id = ? AND number_key IS NOT NULL"), arguments: [documentID])
            }
            for numberKey in numberKeys.sorted() {
                ids += try Int64.fetchAll(db.cachedStatement(sql: "SELECT id FROM citations WHERE number_key = ?"), arguments: [numberKey])
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
        guard let citation = try Row.fetchOne(
            db.cachedStatement(sql: "SELECT document_id, number_key, number_year, date, issuer_key FROM citations WHERE id = ?"),
            arguments: [citationID])
        else { return }
        let citingID: Int64 = citation["document_id"]
        guard let key: String = citation["number_key"] else { return }
        let candidates = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT id, date, number_year, issuer_key, parent_issuer_key FROM documents
            WHERE number_key = ? AND superseded_by IS NULL AND id != ?
            """), arguments: [key, citingID])
        let matching = candidates.filter { doc in
            compatible(
                citationDate: citation["date"], citationYear: citation["number_year"], citationIssuer: citation["issuer_key"],
                documentDate: doc["date"], documentYear: doc["number_year"],
                documentIssuers: [doc["issuer_key"], doc["parent_issuer_key"]])
        }
        let resolved: Int64? = matching.count == 1 ? matching[0]["id"] : nil
        try db.cachedStatement(sql: "UPDATE citations SET resolved_document_id = ?, ambiguous = ? WHERE id = ?")
            .execute(arguments: [resolved, matching.count > 1, citationID])
    }

    /// Whether nothing known about the citation contradicts the document.
    static func compatible(
        citationDate: String?, citationYear: String?, citationIssuer: String?,
        documentDate: String?, documentYear: String?, documentIssuers: [String?]
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
