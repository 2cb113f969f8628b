public import Archive
import PostgresNIO

/// Runs a `SearchPlan` on the PostgreSQL archive: one function per tier, each filling what is left
/// of the `PageWindow`, then the standing of the page's documents (the SQLite archive's
/// `SQLiteSearch`, tier for tier).
struct PostgresSearch {
    let archive: PostgresDocumentArchive
    let plan: SearchPlan

    /// The page the plan asks for.
    func page() async throws -> SearchPage {
        var window = PageWindow(limit: plan.limit, offset: plan.offset)
        var rankingWindow: Int?
        for tier in plan.tiers where !window.isFull {
            switch tier {
            case .instrument(let reference): try await instrument(reference, into: &window)
            case .citing(let reference): try await citing(reference, into: &window)
            case .text(let phrases, let excluding): rankingWindow = try await text(phrases, excluding: excluding, into: &window)
            case .listed: try await listed(into: &window)
            }
        }
        var (results, hasMore) = window.page()
        for index in results.indices {
            results[index].standing = try await standing(of: results[index].id)
        }
        return SearchPage(
            results,
            instrument: plan.instrument,
            hasMore: hasMore,
            rankingWindow: rankingWindow,
            queryWords: plan.queryWords
        )
    }

    /// How many rows `from` (a FROM … WHERE clause) holds: asked only when the page starts after a tier.
    private func count(_ from: String, _ q: SQLBuilder) async throws -> Int {
        try await archive.rows(q.query("SELECT count(*) AS n \(from)")) { try $0["n"].decode(Int.self) }.first ?? 0
    }

    /// The instrument's own documents, newest first.
    func instrument(_ reference: InstrumentReference, into window: inout PageWindow) async throws {
        var q = SQLBuilder()
        let own =
            "FROM documents d WHERE \(PostgresConditions.instrument(reference, alias: "d", &q)) AND \(PostgresConditions.filter(plan.filter, &q))"
        let sql = """
            SELECT \(PostgresDocumentArchive.summaryColumns) \(own)
            ORDER BY d.date DESC NULLS LAST, d.id LIMIT \(q.bind(window.wanted)) OFFSET \(q.bind(window.skip))
            """
        let rows = try await archive.rows(
            q.query(sql),
            PostgresDocumentArchive.summary
        )
        let results = rows.map { SearchResult($0, snippet: $0.subject ?? $0.number ?? "", page: 1, kind: .instrument) }
        var total = 0
        if rows.isEmpty, window.skip > 0 { total = try await count(own, q) }
        window.add(results, fetched: rows.count) { total }
    }

    /// The documents citing the instrument (not its own), the citation as snippet.
    func citing(_ reference: InstrumentReference, into window: inout PageWindow) async throws {
        var q = SQLBuilder()
        let citing = """
            FROM citations c JOIN documents d ON d.id = c.document_id
            WHERE \(PostgresConditions.instrument(reference, alias: "c", &q)) AND \(PostgresConditions.filter(plan.filter, &q))
              AND NOT coalesce(\(PostgresConditions.instrument(reference, alias: "d", &q)), false)
            """
        let sql = """
            SELECT \(PostgresDocumentArchive.summaryColumns), c.raw_text, c.page, c.ambiguous
            \(citing) ORDER BY c.id DESC LIMIT \(q.bind(window.wanted)) OFFSET \(q.bind(window.skip))
            """
        let rows = try await archive.rows(
            q.query(sql)
        ) { row in
            (
                summary: try PostgresDocumentArchive.summary(row), citation: try row["raw_text"].decode(String.self),
                page: try row["page"].decode(Int?.self), ambiguous: try row["ambiguous"].decode(Bool.self)
            )
        }
        var seen = window.ids
        let results = rows.filter { seen.insert($0.summary.id).inserted }.map {
            SearchResult($0.summary, snippet: $0.citation, page: $0.page, kind: .cites, ambiguous: $0.ambiguous)
        }
        var total = 0
        if rows.isEmpty, window.skip > 0 { total = try await count(citing, q) }
        window.add(results, fetched: rows.count) { total }
    }

    /// Free-text hits, exact diacritics before folded, best page per document, subject weighted;
    /// among the ``PostgresDocumentArchive/rankingWindow`` most recently archived matching pages.
    /// Returns the window when the words are on more pages than that.
    func text(_ phrases: [[String]], excluding: InstrumentReference?, into window: inout PageWindow) async throws -> Int? {
        guard let folded = SearchTokens.query(phrases, form: .folded), let exact = SearchTokens.query(phrases, form: .exact) else {
            return nil
        }
        var q = SQLBuilder()
        let foldedQuery = q.bind(folded) + "::tsquery"
        let exactQuery = q.bind(exact) + "::tsquery"
        let filter = PostgresConditions.filter(plan.filter, &q)
        let narrowed = plan.filter.narrows ? "AND p.document_id IN (SELECT d.id FROM documents d WHERE \(filter))" : ""
        var exclusion = ""
        if let excluding {
            exclusion = """
                AND NOT coalesce(\(PostgresConditions.instrument(excluding, alias: "d", &q)), false)
                AND NOT EXISTS (SELECT 1 FROM citations c WHERE c.document_id = d.id AND \(PostgresConditions.instrument(excluding, alias: "c", &q)))
                """
        }
        let ranked = PostgresDocumentArchive.rankingWindow
        let sql = """
            WITH hits AS MATERIALIZED (
                SELECT p.id, p.document_id, p.number,
                       CASE WHEN p.exact @@ \(exactQuery) THEN 1000000 + ts_rank(p.exact, \(exactQuery))
                            ELSE ts_rank(p.folded, \(foldedQuery)) END AS score
                FROM pages p WHERE p.folded @@ \(foldedQuery) \(narrowed)
                ORDER BY p.id DESC LIMIT \(ranked)),
            best AS (
                SELECT DISTINCT ON (document_id) document_id, id AS pid, number AS page, score
                FROM hits ORDER BY document_id, score DESC, id)
            SELECT \(PostgresDocumentArchive.summaryColumns), b.pid, b.page, p.text, p.carries_subject,
                   (SELECT count(*) FROM hits) AS ranked
            FROM best b JOIN documents d ON d.id = b.document_id JOIN pages p ON p.id = b.pid
            WHERE \(filter) \(exclusion)
            ORDER BY b.score DESC, d.id LIMIT \(q.bind(window.wanted)) OFFSET \(q.bind(window.skip))
            """
        let rows = try await archive.rows(
            q.query(sql)
        ) { row in
            (
                summary: try PostgresDocumentArchive.summary(row), page: try row["page"].decode(Int?.self),
                text: try row["text"].decode(String.self), carriesSubject: try row["carries_subject"].decode(Bool.self),
                ranked: try row["ranked"].decode(Int.self)
            )
        }
        // Snippets only for the rows returned, cut in Swift from the page (or the subject it shows).
        let results = rows.map { row in
            let snippet =
                SearchTokens.snippet(row.text, phrases: phrases, open: plan.highlightOpen, close: plan.highlightClose)
                ?? (row.carriesSubject
                    ? row.summary.subject.flatMap {
                        SearchTokens.snippet($0, phrases: phrases, open: plan.highlightOpen, close: plan.highlightClose)
                    } : nil) ?? ""
            return SearchResult(row.summary, snippet: snippet, page: row.page, kind: .text)
        }
        window.add(results, fetched: rows.count) { 0 }
        return rows.contains { $0.ranked >= ranked } ? ranked : nil
    }

    /// The documents passing the filters, newest first (undated last, then id).
    func listed(into window: inout PageWindow) async throws {
        var q = SQLBuilder()
        let sql = """
            SELECT \(PostgresDocumentArchive.summaryColumns) FROM documents d WHERE \(PostgresConditions.filter(plan.filter, &q))
            ORDER BY d.date DESC NULLS LAST, d.id DESC LIMIT \(q.bind(window.wanted)) OFFSET \(q.bind(window.skip))
            """
        let rows = try await archive.rows(
            q.query(sql),
            PostgresDocumentArchive.summary
        )
        window.add(rows.map { SearchResult($0, snippet: $0.subject ?? "", page: nil, kind: .listed) }, fetched: rows.count) { 0 }
    }

    /// What archived documents did to a document; `nil` when it stands in force.
    func standing(of id: Int64) async throws -> DocumentStatus.State? {
        guard
            let key = try await archive.rows("SELECT number_key FROM documents WHERE id = \(id)", { try $0["number_key"].decode(String?.self) })
                .first ?? nil
        else { return nil }
        let state = try await archive.status(key: key, effectiveDate: nil, today: SQLiteArchive.today(), excluding: id).state
        return state == .inForce ? nil : state
    }
}

extension PostgresDocumentArchive {
    /// Searches the archive: the instrument the query names, the documents citing it, then free
    /// text (the tiers of the SQLite archive's search, the same results; order within the free-text
    /// tier follows `ts_rank`, which has no IDF, not bm25).
    public func search(_ query: SearchQuery) async throws -> SearchPage {
        let plan = try SearchPlan(query)
        return try await perform("searching") { try await PostgresSearch(archive: self, plan: plan).page() }
    }
}
