public import Archive
import DocumentParser
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
        let standings = try await standings(of: results.map(\.id))
        for index in results.indices {
            results[index].standing = standings[results[index].id] ?? nil
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
        // The page's rows are chosen first (`top`), then only they are joined to their page's
        // text: the ranked window may hold thousands of documents.
        let sql = """
            WITH hits AS MATERIALIZED (
                SELECT p.id, p.document_id, p.number,
                       CASE WHEN p.exact @@ \(exactQuery) THEN 1000000 + ts_rank(p.exact, \(exactQuery))
                            ELSE ts_rank(p.folded, \(foldedQuery)) END AS score
                FROM pages p WHERE p.folded @@ \(foldedQuery) \(narrowed)
                ORDER BY p.id DESC LIMIT \(ranked)),
            best AS (
                SELECT DISTINCT ON (document_id) document_id, id AS pid, number AS page, score
                FROM hits ORDER BY document_id, score DESC, id),
            top AS (
                SELECT b.document_id, b.pid, b.page, b.score FROM best b JOIN documents d ON d.id = b.document_id
                WHERE \(filter) \(exclusion)
                ORDER BY b.score DESC, b.document_id LIMIT \(q.bind(window.wanted)) OFFSET \(q.bind(window.skip)))
            SELECT \(PostgresDocumentArchive.summaryColumns), t.pid, t.page, p.text, p.carries_subject,
                   (SELECT count(*) FROM hits) AS ranked
            FROM top t JOIN documents d ON d.id = t.document_id JOIN pages p ON p.id = t.pid
            ORDER BY t.score DESC, d.id
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

    /// What archived documents did to each of the documents `ids` (absent or `nil` when it stands
    /// in force): the acts of current documents on each one's number, in one statement
    /// (``PostgresDocumentArchive/status(key:effectiveDate:today:excluding:)`` for a whole page).
    func standings(of ids: [Int64]) async throws -> [Int64: DocumentStatus.State?] {
        guard !ids.isEmpty else { return [:] }
        let rows = try await archive.rows(
            """
            SELECT x.id AS target, \(unescaped: PostgresDocumentArchive.summaryColumns), c.action, c.affected_part
            FROM documents x
            JOIN citations c ON c.number_key = x.number_key AND c.action IN ('replaces', 'repeals', 'amends')
            JOIN documents d ON d.id = c.document_id
            WHERE x.id = ANY(\(ids)) AND d.superseded_by IS NULL AND d.copy_of IS NULL AND d.id <> x.id
            ORDER BY x.id, d.date NULLS FIRST, d.id
            """
        ) { row -> (Int64, DocumentStatus.Act?) in
            let target = try row["target"].decode(Int64.self)
            guard let action = Citation.Action(rawValue: try row["action"].decode(String.self)) else { return (target, nil) }
            let by = try PostgresDocumentArchive.summary(row)
            return (target, DocumentStatus.Act(action, by: by, part: try row["affected_part"].decode(String?.self)))
        }
        var acts: [Int64: [DocumentStatus.Act]] = [:]
        for (target, act) in rows {
            if let act { acts[target, default: []].append(act) }
        }
        return acts.mapValues { list in
            let state = DocumentStatus(list, effectiveFrom: nil).state
            return state == .inForce ? nil : state
        }
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
