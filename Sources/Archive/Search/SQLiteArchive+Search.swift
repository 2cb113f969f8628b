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
    /// - Throws: ``ArchiveError`` (`.invalidArgument` for a page size outside
    ///   ``SearchQuery/allowedLimits``, a negative offset, a date that is not a real day or a
    ///   `cites` that names no number), never an FTS5 syntax error.
    public func search(_ query: SearchQuery) throws -> SearchPage {
        let plan = try SearchPlan(query)
        return try perform {
            try pool.read { db in try SQLiteSearch(db: db, plan: plan).page() }
        }
    }
}
