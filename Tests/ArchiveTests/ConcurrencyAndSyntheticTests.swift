import ArchiveSynthetic
import Dispatch
import DocumentParser
import Foundation
import GRDB
import Synchronization
import Testing

@testable import Archive

@Suite struct ConcurrencyAndSyntheticTests {
    @Test func searchesWorkWhileAnIngestTransactionIsOpen() throws {
        let (archive, _) = try Fixtures.archive()
        let (decree, decreeText) = Fixtures.decree59()
        _ = try archive.store(decree, text: decreeText)
        let found = try archive.pool.write { db -> Int in
            try db.execute(sql: "INSERT INTO documents (source_path, sha256, page_count, ingested_at, parsed_json) VALUES ('p', 'x', 1, 'now', '{}')")
            // A reader on another thread sees the committed archive while this write is open.
            let done = DispatchSemaphore(value: 0)
            let count = Mutex(0)
            DispatchQueue.global().async {
                let found = (try? archive.search(SearchQuery("nghi dinh")).results.count) ?? -1
                count.withLock { $0 = found }
                done.signal()
            }
            #expect(done.wait(timeout: .now() + 10) == .success)
            return count.withLock { $0 }
        }
        #expect(found == 1)
    }

    @Test func syntheticArchiveIsDeterministicAndSearchable() throws {
        let first = Array(SyntheticArchive.generate(count: 50, seed: 7))
        let again = Array(SyntheticArchive.generate(count: 50, seed: 7))
        #expect(first.map(\.0) == again.map(\.0))
        #expect(Set(first.map(\.0.source.sha256)).count == 50)
        let (archive, _) = try Fixtures.archive()
        for (parsed, text) in first { _ = try archive.store(parsed, text: text) }
        let citing = first.filter { $0.0.citations.contains { $0.number == "59/2023/NĐ-CP" } }.count
        let page = try archive.search(SearchQuery("NĐ 59/2023", limit: 100))
        #expect(page.results.filter { $0.kind == .cites }.count == citing)
    }
}
