import GRDB

/// Runs a ``SearchPlan`` on the SQLite archive inside one read: one function per tier, each
/// filling what is left of the ``PageWindow``, then the badges of the page's documents.
struct SQLiteSearch {
    let db: Database
    let plan: SearchPlan

    /// The page the plan asks for.
    func page() throws -> SearchPage {
        var window = PageWindow(limit: plan.limit, offset: plan.offset)
        var rankingWindow: Int?
        for tier in plan.tiers where !window.isFull {
            switch tier {
            case .instrument(let reference): try instrument(reference, into: &window)
            case .citing(let reference): try citing(reference, into: &window)
            case .text(let phrases, let excluding): rankingWindow = try text(phrases, excluding: excluding, into: &window)
            case .listed: try listed(into: &window)
            }
        }
        var (results, hasMore) = window.page()
        for index in results.indices {
            results[index].standing = try standing(of: results[index].id)
        }
        return SearchPage(
            instrument: plan.instrument,
            results: results,
            hasMore: hasMore,
            rankingWindow: rankingWindow,
            queryWords: plan.queryWords
        )
    }

    /// The instrument's own documents, newest first.
    func instrument(_ reference: InstrumentReference, into window: inout PageWindow) throws {
        let own: SQL = "FROM documents d WHERE \(reference.sql(alias: "d")) AND \(plan.filter.sql)"
        let rows = try SQLRequest<TierRow.Document>(
            """
            SELECT \(sql: DocumentSummary.columns) \(own)
            ORDER BY d.date DESC, d.id LIMIT \(window.wanted) OFFSET \(window.skip)
            """
        ).fetchAll(db)
        let results = rows.map { SearchResult($0.summary, snippet: $0.summary.subject ?? $0.summary.number ?? "", page: 1, kind: .instrument) }
        try window.add(results, fetched: rows.count) {
            try SQLRequest<Int>("SELECT COUNT(*) \(own)").fetchOne(db) ?? 0
        }
    }

    /// The documents citing the instrument (not its own), the citation as snippet.
    func citing(_ reference: InstrumentReference, into window: inout PageWindow) throws {
        let citing: SQL = """
            FROM citations c JOIN documents d ON d.id = c.document_id
            WHERE \(reference.sql(alias: "c")) AND \(plan.filter.sql) AND NOT COALESCE((\(reference.sql(alias: "d"))), 0)
            """
        // Newest archived first, in citation-id order: the number index delivers rows already
        // sorted, so a page costs `limit` rows, not every citer.
        let rows = try SQLRequest<TierRow.Citing>(
            """
            SELECT \(sql: DocumentSummary.columns), c.raw_text, c.page, c.ambiguous
            \(citing) ORDER BY c.id DESC LIMIT \(window.wanted) OFFSET \(window.skip)
            """
        ).fetchAll(db)
        // One entry per document, however many of its citations match.
        var seen = window.ids
        let results = rows.filter { seen.insert($0.summary.id).inserted }.map {
            SearchResult($0.summary, snippet: $0.citation, page: $0.page, kind: .cites, ambiguous: $0.ambiguous)
        }
        // The page starts after the citing documents: count them only then.
        try window.add(results, fetched: rows.count) {
            try SQLRequest<Int>("SELECT COUNT(*) \(citing)").fetchOne(db) ?? 0
        }
    }

    /// Free-text hits, best first, each with a snippet of its best page; returns the ranking
    /// window when the words are on more pages than are ranked.
    func text(_ phrases: [[String]], excluding: InstrumentReference?, into window: inout PageWindow) throws -> Int? {
        guard let match = MatchExpression.fts5(phrases) else { return nil }
        var hits = TextHits(match: match, filter: plan.filter, excluding: excluding)
        // Rank in FTS5 first (top candidates only); widen to every hit when filters or grouping
        // by document leave too few.
        let needed = plan.offset + plan.limit + 1
        var rows = try hits.fetch(db, candidates: 400 + 4 * needed, limit: window.wanted, offset: window.skip)
        if rows.count < window.wanted, !hits.complete {
            rows = try hits.fetch(db, candidates: -1, limit: window.wanted, offset: window.skip)
        }
        let results = try rows.map { row in
            SearchResult(row.summary, snippet: try snippet(match: match, pageID: row.pageID), page: row.page, kind: .text)
        }
        window.add(results, fetched: rows.count) { 0 }
        return hits.window
    }

    /// The documents passing the filters, newest first (by date, undated last, then id).
    func listed(into window: inout PageWindow) throws {
        let rows = try SQLRequest<TierRow.Document>(
            """
            SELECT \(sql: DocumentSummary.columns) FROM documents d WHERE \(plan.filter.sql)
            ORDER BY d.date DESC, d.id DESC LIMIT \(window.wanted) OFFSET \(window.skip)
            """
        ).fetchAll(db)
        window.add(rows.map { SearchResult($0.summary, snippet: $0.summary.subject ?? "", page: nil, kind: .listed) }, fetched: rows.count) { 0 }
    }

    /// A passage of the page with the matched words between the plan's markers.
    func snippet(match: String, pageID: Int64) throws -> String {
        try SQLRequest<String>(
            """
            SELECT snippet(search_folded, -1, \(plan.highlightOpen), \(plan.highlightClose), '…', 16) FROM search_folded
            WHERE search_folded MATCH \(match) AND rowid = \(pageID)
            """
        ).fetchOne(db) ?? ""
    }

    /// What archived documents did to a document (one indexed look-up); `nil` when it stands.
    func standing(of id: Int64) throws -> DocumentStatus.State? {
        guard let key = try SQLRequest<String>("SELECT number_key FROM documents WHERE id = \(id)").fetchOne(db) else { return nil }
        let state = try SQLiteArchive.status(key: key, effectiveDate: nil, today: SQLiteArchive.today(), excluding: id, db: db).state
        return state == .inForce ? nil : state
    }
}
