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
            for (numberKey, named) in byNumberKey(documents) {
                let rows = try Row.fetchAll(
                    db.cachedStatement(sql: "SELECT id, document_id, date, number_year, issuer_key, ambiguous FROM citations WHERE number_key = ?"),
                    arguments: [numberKey]
                )
                for row in rows {
                    let citation = Cited(
                        citingID: row["document_id"],
                        date: row["date"],
                        year: row["number_year"],
                        issuer: row["issuer_key"],
                        ambiguous: row["ambiguous"] as Bool? ?? false
                    )
                    if affected(citation, by: named) { ids.append(row["id"]) }
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
        let (resolved, ambiguous) = decide(
            Cited(citingID: citingID, date: citation["date"], year: citation["number_year"], issuer: citation["issuer_key"], ambiguous: false),
            among: candidates.map { doc in
                Inserted(
                    id: doc["id"],
                    numberKey: key,
                    date: doc["date"],
                    year: doc["number_year"],
                    issuerKeys: [doc["issuer_key"], doc["parent_issuer_key"]]
                )
            }
        )
        // Most citations keep their resolution (a new one naming an instrument outside the archive
        // stays unresolved): only a change is written.
        guard resolved != citation["resolved_document_id"] || ambiguous != citation["ambiguous"] else { return }
        try db.cachedStatement(sql: "UPDATE citations SET resolved_document_id = ?, ambiguous = ? WHERE id = ?")
            .execute(arguments: [resolved, ambiguous, citationID])
    }

    /// What resolution compares of a document: an inserted one, or a candidate for a citation.
    package struct Inserted: Sendable {
        package var id: Int64
        package var numberKey: String?
        package var date: String?
        package var year: String?
        /// The issuer's key and its parent's (a department's ministry).
        package var issuerKeys: [String?]

        package init(id: Int64, numberKey: String?, date: String?, year: String?, issuerKeys: [String?]) {
            self.id = id
            self.numberKey = numberKey
            self.date = date
            self.year = year
            self.issuerKeys = issuerKeys
        }
    }

    /// What resolution compares of a stored citation.
    package struct Cited: Sendable {
        package var citingID: Int64
        package var date: String?
        package var year: String?
        package var issuer: String?
        package var ambiguous: Bool

        package init(citingID: Int64, date: String?, year: String?, issuer: String?, ambiguous: Bool) {
            self.citingID = citingID
            self.date = date
            self.year = year
            self.issuer = issuer
            self.ambiguous = ambiguous
        }
    }

    /// The inserted documents with a number, grouped by its key, in key order.
    package static func byNumberKey(_ documents: [Inserted]) -> [(key: String, documents: [Inserted])] {
        Dictionary(grouping: documents.filter { $0.numberKey != nil }, by: { $0.numberKey ?? "" })
            .sorted { $0.key < $1.key }
            .map { (key: $0.key, documents: $0.value) }
    }

    /// Whether a citation naming the new documents' number must be resolved again: only when one
    /// of them is a candidate for it (nothing contradicts) or when it was ambiguous; the others
    /// keep their resolution.
    package static func affected(_ citation: Cited, by named: [Inserted]) -> Bool {
        citation.ambiguous || named.contains { $0.id != citation.citingID && compatible(citation, $0) }
    }

    /// The citation's resolution among the current documents of its number key: the one
    /// compatible document, or none and ambiguous when several are.
    package static func decide(_ citation: Cited, among candidates: [Inserted]) -> (resolved: Int64?, ambiguous: Bool) {
        let matching = candidates.filter { $0.id != citation.citingID && compatible(citation, $0) }
        return (matching.count == 1 ? matching[0].id : nil, matching.count > 1)
    }

    static func compatible(_ citation: Cited, _ document: Inserted) -> Bool {
        compatible(
            citationDate: citation.date,
            citationYear: citation.year,
            citationIssuer: citation.issuer,
            documentDate: document.date,
            documentYear: document.year,
            documentIssuers: document.issuerKeys
        )
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
