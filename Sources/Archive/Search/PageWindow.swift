/// The page a search fills, carried through the tiers in order: each tier starts where the
/// offset not yet covered by the tiers before it says, and asks for what is left of the page
/// plus one result (to tell whether more follow).
///
/// ```swift
/// var window = PageWindow(limit: 20, offset: 40)
/// let rows = fetchTier(limit: window.wanted, offset: window.skip)
/// try window.add(results(rows), fetched: rows.count) { try countTier() }
/// let (results, hasMore) = window.page()
/// ```
package struct PageWindow: Sendable {
    /// Results per page.
    package let limit: Int
    /// Results of the whole list before the page.
    package let offset: Int
    /// Results still to skip before the page starts: what of the offset the tiers so far did not cover.
    package private(set) var skip: Int
    /// The results taken so far.
    package private(set) var results: [SearchResult] = []

    /// An empty page of `limit` results starting after `offset`.
    package init(limit: Int, offset: Int) {
        self.limit = limit
        self.offset = offset
        self.skip = offset
    }

    /// How many results the next tier asks for: what is left of the page, plus one.
    package var wanted: Int { limit + 1 - results.count }

    /// Whether the page (and the one result beyond it) is filled: later tiers need not run.
    package var isFull: Bool { wanted <= 0 }

    /// The ids of the documents taken so far.
    package var ids: Set<Int64> { Set(results.map(\.id)) }

    /// Takes a tier's results.
    /// - Parameters:
    ///   - tierResults: the results to add, in order.
    ///   - fetched: how many rows the tier read from ``skip`` on (before leaving out documents
    ///     already taken); none means the page starts after the tier.
    ///   - total: the tier's whole length, asked only when the page starts after it.
    package mutating func add(_ tierResults: [SearchResult], fetched: Int, total: () throws -> Int) rethrows {
        results += tierResults
        if fetched > 0 {
            skip = 0
        } else if skip > 0 {
            skip = max(0, skip - (try total()))
        }
    }

    /// The page: its first ``limit`` results, ranked from `offset + 1`, and whether more follow.
    package func page() -> (results: [SearchResult], hasMore: Bool) {
        var page = Array(results.prefix(limit))
        for index in page.indices { page[index].rank = offset + index + 1 }
        return (page, results.count > limit)
    }
}
