import Archive

/// The SQL conditions the search tiers, resolve and the graph share, written with bound values:
/// the PostgreSQL form of `InstrumentReference+SQL` and `SearchFilter+SQL`.
enum PostgresConditions {
    /// "Is this instrument" on a table with `number_key`, `number_head`, `number_year`,
    /// `number_code` and `type_key` under `alias` (`d` documents, `c` citations).
    static func instrument(_ reference: InstrumentReference, alias a: String, _ q: inout SQLBuilder) -> String {
        if let key = reference.key { return "\(a).number_key = \(q.bind(key))" }
        var parts = ["\(a).number_head = \(q.bind(reference.head))"]
        if let year = reference.year { parts.append("\(a).number_year = \(q.bind(year))") }
        switch (reference.code, reference.typeName) {
        case let (code?, name?): parts.append("(\(a).number_code = \(q.bind(code)) OR \(a).type_key = \(q.bind(name)))")
        case let (code?, nil): parts.append("\(a).number_code = \(q.bind(code))")
        case let (nil, name?): parts.append("\(a).type_key = \(q.bind(name))")
        case (nil, nil): break
        }
        return "(" + parts.joined(separator: " AND ") + ")"
    }

    /// A search's filters on documents under alias `d`: current versions, one per copy group.
    static func filter(_ filter: SearchFilter, _ q: inout SQLBuilder) -> String {
        var clauses = [current]
        if let typeKey = filter.typeKey { clauses.append("d.type_key = \(q.bind(typeKey))") }
        if let issuerKey = filter.issuerKey {
            let key = q.bind(issuerKey)
            clauses.append("(strpos(d.issuer_key, \(key)) > 0 OR strpos(d.parent_issuer_key, \(key)) > 0)")
        }
        if let from = filter.from { clauses.append("d.date >= \(q.bind(from))") }
        if let to = filter.to { clauses.append("d.date <= \(q.bind(to))") }
        if let cites = filter.cites {
            clauses.append("d.id IN (SELECT c.document_id FROM citations c WHERE \(instrument(cites, alias: "c", &q)))")
        }
        if filter.inForce { clauses.append("NOT \(voided)") }
        return clauses.joined(separator: " AND ")
    }

    /// A current document, one per copy group (alias `d`).
    static let current = "d.superseded_by IS NULL AND d.copy_of IS NULL"

    /// True when a current archived document replaced or repealed (whole) the document `d`.
    static let voided = """
        EXISTS (SELECT 1 FROM citations a JOIN documents ad ON ad.id = a.document_id
            WHERE d.number_key IS NOT NULL AND a.number_key = d.number_key
              AND \(DocumentStatus.voidingActSQL("a"))
              AND ad.superseded_by IS NULL AND ad.copy_of IS NULL AND ad.id <> d.id)
        """

    /// The state's raw value for the instrument whose number key is the SQL `key` (`NULL` for none),
    /// from the acts of current documents other than `excluding`.
    static func state(key: String, excluding: String = "NULL") -> String {
        """
        CASE WHEN \(key) IS NULL THEN NULL ELSE (
            SELECT \(DocumentStatus.stateAggregateSQL("a"))
            FROM citations a JOIN documents ad ON ad.id = a.document_id
            WHERE a.number_key = \(key) AND a.action IN ('replaces', 'repeals', 'amends')
              AND ad.superseded_by IS NULL AND ad.copy_of IS NULL AND ad.id IS DISTINCT FROM \(excluding)) END
        """
    }
}
