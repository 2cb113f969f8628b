import Foundation
import Testing

@testable import Archive

/// Issue 13, item 4: search time grew with the square of the query's length (2,000 words: 28 s,
/// in the instrument-number pattern's backtracking). Queries are cut to 64 words, and the page says so.
@Suite("Long queries")
struct LongQueryTests {
    @Test func wordsAreCountedAndCut() {
        let (text, words) = SearchQuery.capped((1...100).map { "từ\($0)" }.joined(separator: ", "))
        #expect(words == 100)
        #expect(text.hasPrefix("từ1, từ2"))
        #expect(text.contains("từ64"))
        #expect(!text.contains("từ65"))
        #expect(SearchQuery.capped("nghị định 59/2023").words == 4)
        #expect(SearchQuery.capped("nghị định 59/2023").text == "nghị định 59/2023")
        #expect(SearchQuery.capped(String(repeating: "/", count: 100_000)).text.count == SearchQuery.maximumCharacters)
    }

    @Test func aPastedPageIsSearchedQuickly() throws {
        let (archive, _) = try Fixtures.archive()
        let hostile = Array(repeating: "1 / 2024 /", count: 2_000).joined(separator: " ")
        let started = Date()
        let page = try archive.search(SearchQuery(hostile))
        #expect(Date().timeIntervalSince(started) < 20)  // 26 s before the cut, in a debug build
        #expect(page.queryWords == 4_000)
        let normal = try archive.search(SearchQuery("dân chủ"))
        #expect(normal.queryWords == nil)
    }
}
