import Foundation
import GRDB

/// Free-text hits grouped by document, best page first, from the two FTS5 indexes.
///
/// Exact-diacritic hits (`search_exact`, shifted by -1,000,000) rank before folded ones, so when
/// they alone fill the page the folded index is not ranked at all. bm25 costs about 1.5 µs per
/// matching page: without filters, an index in which the query matches more than ``rankedAtMost``
/// pages (10,000 by default) is ranked among its ``rankedAtMost`` most recently archived matching pages (a rowid range, which FTS5
/// seeks), and the search page says so (``SearchPage/rankingWindow``); with filters, the filtered
/// documents' pages are picked first and only their matches are ranked (with a date filter, only
/// within the rowid range of the filtered documents' pages: documents are archived roughly in date
/// order, so FTS5 skips the rest of its doclists).
struct TextHits {
    /// Matching pages ranked per index at most, by default.
    static let defaultWindow = 10_000

    /// The two indexes, ranked in this order.
    private enum Index: String {
        case exact = "search_exact"
        case folded = "search_folded"

        /// Added to bm25 scores: every exact hit ranks before every folded one.
        var shift: Double { self == .exact ? -1_000_000 : 0 }
    }

    let match: String
    let filter: SearchFilter
    /// A condition leaving out documents already listed (the instrument's and its citing
    /// documents), on `d`; empty when nothing is left out.
    let exclusion: SQL
    /// Matching pages ranked per index at most.
    let rankedAtMost: Int
    /// Set (to ``rankedAtMost``) when an index matched more pages than that.
    private(set) var window: Int?
    /// Whether the last ``fetch(_:candidates:limit:offset:)`` ranked every hit it could (fewer than
    /// `candidates` per index): asking for more candidates would give the same page.
    private(set) var complete = false
    /// With a date filter: the rowid range of the filtered documents' pages, once computed
    /// (`.some(nil)` when no document passes the filters).
    private var dateRange: ClosedRange<Int64>??

    /// Hits of `match` (an FTS5 expression) passing `filter`.
    /// - Parameter excluding: the instrument whose own and citing documents are left out.
    init(match: String, filter: SearchFilter, excluding: InstrumentReference?, rankedAtMost: Int = TextHits.defaultWindow) {
        self.match = match
        self.filter = filter
        if let excluding {
            let own = excluding.sql(alias: "d")
            let cited = excluding.sql(alias: "c")
            exclusion = " AND NOT COALESCE((\(own)), 0) AND NOT EXISTS (SELECT 1 FROM citations c WHERE c.document_id = d.id AND \(cited))"
        } else {
            exclusion = ""
        }
        self.rankedAtMost = rankedAtMost
    }

    /// One page of documents; `candidates` is how many pages each index ranks (-1: all).
    mutating func fetch(_ db: Database, candidates: Int, limit: Int, offset: Int) throws -> [TierRow.TextHit] {
        let exact = try ranked(db, index: .exact, candidates: candidates)
        let exactRows = try grouped(db, hits: exact, limit: limit, offset: offset)
        // Every document with an exact hit precedes every other: a full page needs no folded ranking.
        if exactRows.count >= limit { return exactRows }
        let folded = try ranked(db, index: .folded, candidates: candidates)
        complete = candidates < 0 || (exact.count < candidates && folded.count < candidates)
        return try grouped(db, hits: exact + folded, limit: limit, offset: offset)
    }

    /// The best `candidates` pages of one index: (page id, score).
    private mutating func ranked(_ db: Database, index: Index, candidates: Int) throws -> [(Int64, Double)] {
        let table = index.rawValue
        let request: SQLRequest<Row>
        if filter.narrows {
            // Filters first (through the documents' indexes), so that bm25 is computed only for the
            // matching pages of the filtered documents.
            var range: SQL = ""
            if filter.hasDates {
                guard let pages = try datePageRange(db) else { return [] }
                range = " AND rowid >= \(pages.lowerBound) AND rowid <= \(pages.upperBound)"
            }
            request = """
                SELECT rowid AS pid, bm25(\(sql: table), 10.0, 1.0) + \(index.shift) AS score, 0 AS low
                FROM \(sql: table) WHERE \(sql: table) MATCH \(match)\(range)
                AND +rowid IN (\(filter.pagesSQL))
                ORDER BY score LIMIT \(candidates)
                """
        } else {
            // The most recent `window` matching pages (FTS5 walks its doclists backwards); ranking
            // starts at the oldest of them when the query matches more.
            request = """
                WITH recent AS MATERIALIZED (
                    SELECT rowid FROM \(sql: table) WHERE \(sql: table) MATCH \(match) ORDER BY rowid DESC LIMIT \(rankedAtMost)),
                floor AS MATERIALIZED (SELECT CASE WHEN count(*) >= \(rankedAtMost) THEN min(rowid) ELSE 0 END AS low FROM recent)
                SELECT rowid AS pid, bm25(\(sql: table), 10.0, 1.0) + \(index.shift) AS score, (SELECT low FROM floor) AS low
                FROM \(sql: table) WHERE \(sql: table) MATCH \(match) AND rowid >= (SELECT low FROM floor)
                ORDER BY score LIMIT \(candidates)
                """
        }
        var hits: [(Int64, Double)] = []
        for row in try request.fetchAll(db) {
            hits.append((row["pid"], row["score"]))
            if (row["low"] as Int64? ?? 0) > 0 { window = rankedAtMost }
        }
        return hits
    }

    /// The lowest and highest page id of the documents between the first and last filtered one
    /// (a superset of the filtered pages' range), once per search; `nil` when none passes.
    private mutating func datePageRange(_ db: Database) throws -> ClosedRange<Int64>? {
        if let dateRange { return dateRange }
        let row = try SQLRequest<Row>(
            """
            WITH r AS (SELECT min(d.id) AS low, max(d.id) AS high FROM documents d WHERE \(filter.sql))
            SELECT min(p.id) AS low, max(p.id) AS high FROM r CROSS JOIN pages p ON p.document_id BETWEEN r.low AND r.high
            """
        ).fetchOne(db)
        var range: ClosedRange<Int64>?
        if let low: Int64 = row?["low"], let high: Int64 = row?["high"] { range = low...high }
        dateRange = .some(range)
        return range
    }

    /// Hits grouped by document with the filters and exclusions applied, best first.
    private func grouped(_ db: Database, hits: [(Int64, Double)], limit: Int, offset: Int) throws -> [TierRow.TextHit] {
        guard !hits.isEmpty else { return [] }
        // Hits travel as one JSON array of [page id, score] pairs, read first: the filters' indexes
        // must not drive the join (CROSS JOIN keeps the order).
        let json = "[" + hits.map { "[\($0.0),\($0.1)]" }.joined(separator: ",") + "]"
        return try SQLRequest<TierRow.TextHit>(
            """
            WITH hits AS (SELECT json_extract(value, '$[0]') AS pid, json_extract(value, '$[1]') AS score FROM json_each(\(json)))
            SELECT \(sql: DocumentSummary.columns), p.id AS pid, p.number AS page, MIN(h.score) AS score
            FROM hits h CROSS JOIN pages p ON p.id = h.pid CROSS JOIN documents d ON d.id = p.document_id
            WHERE \(filter.sql)\(exclusion)
            GROUP BY d.id ORDER BY score, d.id LIMIT \(limit) OFFSET \(offset)
            """
        ).fetchAll(db)
    }
}
