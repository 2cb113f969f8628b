import GRDB

extension SQLiteArchive {
    /// Searches the archive.
    ///
    /// When the query names an instrument ("Nghị định 59/2023", "59/2023/NĐ-CP", "QĐ 3855"), the
    /// instrument's own documents come first, then the documents citing it (snippet: the citation,
    /// with its page), then free-text hits on subject (weighted ×10) and page text, bm25-ranked,
    /// exact-diacritic hits before folded ones. Matching folds diacritics and `đ` → `d`. A query
    /// without words (`""`) lists the documents passing the filters, newest first (by date, then
    /// id), the subject as snippet: browsing by type, issuer, dates or `cites`.
    /// - Parameter query: the query and its filters.
    /// - Returns: one page of results.
    /// - Throws: ``ArchiveError`` (`.invalidArgument` for a bad date or `--cites`), never an FTS5 syntax error.
    public func search(_ query: SearchQuery) throws -> SearchPage {
        guard (1...1000).contains(query.limit), query.offset >= 0 else {
            throw ArchiveError(.invalidArgument, "--limit must be 1 to 1000 and --offset at least 0")
        }
        let filter = try SearchFilter(query)
        let (text, words) = SearchQuery.capped(query.text)
        let reference = InstrumentReference.find(in: text)
        let match = MatchExpression.make(text)
        return try perform {
            try pool.read { db in
                var results: [SearchResult] = []
                var rankingWindow: Int?
                let wanted = query.limit + 1
                var skip = query.offset
                if let reference {
                    let own = reference.condition(alias: "d")
                    let selfCount = try Int.fetchOne(
                        db, sql: "SELECT COUNT(*) FROM documents d WHERE \(own.sql) AND \(filter.sql)",
                        arguments: own.arguments + filter.arguments) ?? 0
                    if skip < selfCount {
                        let rows = try Row.fetchAll(db, sql: """
                            SELECT \(DocumentSummary.columns) FROM documents d WHERE \(own.sql) AND \(filter.sql)
                            ORDER BY d.date DESC, d.id LIMIT ? OFFSET ?
                            """, arguments: own.arguments + filter.arguments + [wanted, skip])
                        for row in rows {
                            let summary = DocumentSummary(row: row)
                            results.append(Self.result(summary, snippet: summary.subject ?? summary.number ?? "", page: 1, kind: .instrument))
                        }
                        skip = 0
                    } else {
                        skip -= selfCount
                    }
                    let cited = reference.condition(alias: "c")
                    let citingSQL = """
                        FROM citations c JOIN documents d ON d.id = c.document_id
                        WHERE \(cited.sql) AND \(filter.sql) AND NOT COALESCE((\(own.sql)), 0)
                        """
                    let citingArguments = cited.arguments + filter.arguments + own.arguments
                    if results.count < wanted {
                        // Newest archived first, in citation-id order: the number index delivers
                        // rows already sorted, so a page costs `limit` rows, not every citer.
                        let rows = try Row.fetchAll(db, sql: """
                            SELECT \(DocumentSummary.columns), c.raw_text, c.page, c.ambiguous
                            \(citingSQL) ORDER BY c.id DESC LIMIT ? OFFSET ?
                            """, arguments: citingArguments + [wanted - results.count, skip])
                        var seen = Set(results.map(\.id))
                        for row in rows where seen.insert(row["id"]).inserted {
                            var result = Self.result(
                                DocumentSummary(row: row), snippet: row["raw_text"], page: row["page"], kind: .cites)
                            result.ambiguous = row["ambiguous"]
                            results.append(result)
                        }
                        if !rows.isEmpty {
                            skip = 0
                        } else if skip > 0 {
                            // The page starts after the citing documents: count them only now.
                            let citingCount = try Int.fetchOne(
                                db, sql: "SELECT COUNT(*) \(citingSQL)", arguments: citingArguments) ?? 0
                            skip = max(0, skip - citingCount)
                        }
                    }
                }
                if reference == nil, match == nil {
                    results = try Self.listed(db, filter: filter, limit: wanted, offset: skip)
                }
                if results.count < wanted, let match {
                    var exclusion = ""
                    var exclusionArguments = StatementArguments()
                    if let reference {
                        let own = reference.condition(alias: "d")
                        let cited = reference.condition(alias: "c")
                        exclusion = " AND NOT COALESCE((\(own.sql)), 0) AND NOT EXISTS (SELECT 1 FROM citations c WHERE c.document_id = d.id AND \(cited.sql))"
                        exclusionArguments = own.arguments + cited.arguments
                    }
                    let needed = query.offset + wanted
                    var hits = TextHits(match: match, filter: filter, exclusion: exclusion, exclusionArguments: exclusionArguments)
                    // Rank in FTS5 first (top candidates only); widen to every hit when filters or
                    // grouping by document leave too few.
                    var rows = try hits.fetch(db, candidates: 400 + 4 * needed, limit: wanted - results.count, offset: skip)
                    if rows.count < wanted - results.count, !hits.complete {
                        rows = try hits.fetch(db, candidates: -1, limit: wanted - results.count, offset: skip)
                    }
                    rankingWindow = hits.window
                    for row in rows {
                        let pid: Int64 = row["pid"]
                        let snippet = try String.fetchOne(db, sql: """
                            SELECT snippet(search_folded, -1, ?, ?, '…', 16) FROM search_folded
                            WHERE search_folded MATCH ? AND rowid = ?
                            """, arguments: [query.highlightOpen, query.highlightClose, match, pid]) ?? ""
                        results.append(Self.result(DocumentSummary(row: row), snippet: snippet, page: row["page"], kind: .text))
                    }
                }
                let hasMore = results.count > query.limit
                results = Array(results.prefix(query.limit))
                for index in results.indices {
                    results[index].rank = query.offset + index + 1
                    // A badge for what archived documents did to it (one indexed look-up a result).
                    if let key = try String.fetchOne(db, sql: "SELECT number_key FROM documents WHERE id = ?", arguments: [results[index].id]) {
                        let state = try Self.status(key: key, effectiveDate: nil, today: Self.today(), excluding: results[index].id, db: db).state
                        results[index].standing = state == .inForce ? nil : state
                    }
                }
                return SearchPage(
                    instrument: reference, results: results, hasMore: hasMore, rankingWindow: rankingWindow,
                    queryWords: words > SearchQuery.maximumWords ? words : nil)
            }
        }
    }

    /// The documents passing the filters, newest first (by date, undated last, then id).
    private static func listed(_ db: Database, filter: SearchFilter, limit: Int, offset: Int) throws -> [SearchResult] {
        try Row.fetchAll(db, sql: """
            SELECT \(DocumentSummary.columns) FROM documents d WHERE \(filter.sql)
            ORDER BY d.date DESC, d.id DESC LIMIT ? OFFSET ?
            """, arguments: filter.arguments + [limit, offset]).map { row in
            let summary = DocumentSummary(row: row)
            return result(summary, snippet: summary.subject ?? "", page: nil, kind: .listed)
        }
    }

    private static func result(_ summary: DocumentSummary, snippet: String, page: Int?, kind: SearchResult.Kind) -> SearchResult {
        SearchResult(
            id: summary.id, number: summary.number, type: summary.type, date: summary.date, issuer: summary.issuer,
            subject: summary.subject, sourcePath: summary.sourcePath, snippet: snippet, page: page, rank: 0, kind: kind,
            ambiguous: nil)
    }
}
