import ArchiveSynthetic
import DocumentParser
import Foundation
import GRDB
import Testing

@testable import Archive

@Suite struct BadInputTests {
    private func expectArchiveError(_ code: ArchiveError.Code, _ body: () throws -> Void) {
        do {
            try body()
            Issue.record("expected \(code)")
        } catch let error as ArchiveError {
            #expect(error.code == code, "\(error)")
            #expect(!error.description.contains("SQLite error"))
        } catch {
            Issue.record("not an ArchiveError: \(error)")
        }
    }

    @Test func garbageFileIsNotAnArchive() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("archive.sqlite")
        try Data((0..<8192).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }).write(to: URL(fileURLWithPath: path))
        expectArchiveError(.notAnArchive) { _ = try SQLiteArchive(path: path) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)).count == 8192)
    }

    @Test func textFileIsNotAnArchive() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("archive.sqlite")
        try "Số: 63 /KH-THNH\n".repeated(500).write(toFile: path, atomically: true, encoding: .utf8)
        expectArchiveError(.notAnArchive) { _ = try SQLiteArchive(path: path) }
    }

    @Test func foreignDatabaseIsRefused() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("other.sqlite")
        let queue = try DatabaseQueue(path: path)
        try queue.write { try $0.execute(sql: "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO customers VALUES (1, 'x')") }
        try queue.close()
        expectArchiveError(.foreignDatabase) { _ = try SQLiteArchive(path: path) }
        let reopened = try DatabaseQueue(path: path)
        #expect(try reopened.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM customers") } == 1)
    }

    @Test func newerSchemaIsRefused() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("archive.sqlite")
        do {
            let archive = try SQLiteArchive(path: path)
            let (plan, text) = Fixtures.seedPlan()
            _ = try archive.store(plan, text: text)
            try archive.pool.write { try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9-from-the-future')") }
        }
        expectArchiveError(.newerSchema) { _ = try SQLiteArchive(path: path) }
    }

    @Test func readOnlyLocationIsReported() throws {
        if geteuid() == 0 {
            // root writes anywhere but a read-only file system such as /proc.
            // A missing folder is not created (issue 13, item 12).
            expectArchiveError(.notFound) { _ = try SQLiteArchive(path: "/proc/vanthu-test/archive.sqlite") }
            expectArchiveError(.readOnly) { _ = try SQLiteArchive(path: "/proc/archive.sqlite") }
        } else {
            let directory = try TemporaryDirectory()
            try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: directory.url.path)
            defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: directory.url.path) }
            expectArchiveError(.readOnly) { _ = try SQLiteArchive(path: directory.path("archive.sqlite")) }
            expectArchiveError(.notFound) { _ = try SQLiteArchive(path: directory.path("Indexes/archive.sqlite")) }
        }
    }

    @Test func fullDiskKeepsWhatWasStored() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("archive.sqlite")
        let (plan, planText) = Fixtures.seedPlan()
        do {
            let archive = try SQLiteArchive(path: path, maximumPageCount: 80)
            _ = try archive.store(plan, text: planText)
            let huge = (0..<4000).map { "Dòng \($0) của văn bản rất dài về dân chủ ở cơ sở." }.joined(separator: "\n")
            let (big, bigText) = Fixtures.document(
                path: "big.txt",
                number: "1/BC-X",
                type: "Báo cáo",
                date: "2024-01-01",
                issuer: "X",
                subject: "Lớn",
                pages: [huge, huge, huge]
            )
            expectArchiveError(.diskFull) { _ = try archive.store(big, text: bigText) }
            #expect(try !archive.contains(sha256: big.source.sha256))
        }
        let reopened = try SQLiteArchive(path: path)
        #expect(try reopened.contains(sha256: plan.source.sha256))
        #expect(try reopened.search(SearchQuery("dan chu")).results.count == 1)
    }

    @Test func badArgumentsAreReadable() throws {
        let (archive, _) = try Fixtures.archive()
        expectArchiveError(.invalidArgument) { _ = try archive.search(SearchQuery("x", limit: 0)) }
        expectArchiveError(.invalidArgument) { _ = try archive.search(SearchQuery("x", cites: "hello")) }
    }

    /// Issue 15, item 3: the command line checks its flags (`validate()`); the archive's own
    /// refusals name the query's fields, never a flag.
    @Test func argumentErrorsNameNoFlag() throws {
        let (archive, _) = try Fixtures.archive()
        let refused: [() throws -> Void] = [
            { _ = try archive.search(SearchQuery("x", limit: 0)) },
            { _ = try archive.search(SearchQuery("x", offset: -1)) },
            { _ = try archive.search(SearchQuery("x", to: "2024-02-30")) },
            { _ = try archive.deadlines(DeadlineQuery(before: "2024-04-31", today: "2024-01-01")) },
        ]
        for body in refused {
            expectArchiveError(.invalidArgument, body)
            do { try body() } catch let error as ArchiveError { #expect(!error.message.contains("--"), "\(error.message)") }
        }
    }
}

extension String {
    func repeated(_ count: Int) -> String { String(repeating: self, count: count) }
}
