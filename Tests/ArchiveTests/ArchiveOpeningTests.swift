import ArchiveSynthetic
import DocumentParser
import Foundation
import GRDB
import Synchronization
import Testing

@testable import Archive

/// Issue 13, items 8, 10, 11 and 12: opening an archive under hostile conditions.
@Suite("Opening archives: read-only, concurrent creators, damage, missing folders")
struct ArchiveOpeningTests {
    static func code(_ body: () throws -> Void) -> ArchiveError.Code? {
        do {
            try body()
            return nil
        } catch let error as ArchiveError {
            return error.code
        } catch {
            Issue.record("not an ArchiveError: \(error)")
            return nil
        }
    }

    @Test func readingOpensReadOnly() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("archive.sqlite")
        do {
            let archive = try SQLiteArchive(path: path)
            let (plan, text) = Fixtures.seedPlan()
            _ = try archive.store(plan, text: text)
        }
        let reader = try SQLiteArchive.openExisting(path: path)
        #expect(try reader.search(SearchQuery("dân chủ")).results.count == 1)
        // Nothing can be written through it.
        let (other, otherText) = Fixtures.document(
            path: "b.txt",
            number: "1/UBND",
            type: "Công văn",
            date: nil,
            issuer: nil,
            subject: "x",
            pages: ["y"]
        )
        #expect(Self.code { _ = try reader.store(other, text: otherText) } == .readOnly)
        if geteuid() != 0 {
            // A read-only file in a read-only folder (a backup, a snapshot): still searchable.
            try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: path)
            try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: directory.url.path)
            let locked = try SQLiteArchive.openExisting(path: path)
            #expect(try locked.search(SearchQuery("dân chủ")).results.count == 1)
        }
    }

    @Test func aMissingFolderIsNotCreated() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("typo/dir/archive.sqlite")
        do {
            _ = try SQLiteArchive(path: path)
            Issue.record("opened")
        } catch let error as ArchiveError {
            #expect(error.code == .notFound)
            #expect(error.description.contains("mkdir -p"))
        }
        #expect(!FileManager.default.fileExists(atPath: directory.path("typo")))
    }

    @Test func damagedPagesAreRefusedBeforeWriting() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("archive.sqlite")
        do {
            let archive = try SQLiteArchive(path: path)
            for i in 0..<40 {
                let (doc, text) = Fixtures.document(
                    path: "d\(i).txt",
                    number: "\(i + 1)/UBND",
                    type: "Công văn",
                    date: "2024-01-01",
                    issuer: nil,
                    subject: "Văn bản \(i)",
                    pages: [String(repeating: "Dòng văn bản số \(i) về dân chủ ở cơ sở. ", count: 200)]
                )
                _ = try archive.store(doc, text: text)
            }
        }
        // Scribble over pages in the middle of the file (page 1, the header, stays whole).
        let handle = try #require(FileHandle(forUpdatingAtPath: path))
        let size = try handle.seekToEnd()
        try handle.seek(toOffset: size / 2)
        try handle.write(contentsOf: Data(repeating: 0xA5, count: 16 * 4096))
        try handle.close()
        do {
            _ = try SQLiteArchive(path: path)
            Issue.record("a damaged archive was opened for writing")
        } catch let error as ArchiveError {
            #expect(error.code == .notAnArchive)
            #expect(error.description.contains("backup"))
        }
    }

    @Test func twoCreatorsAtOnceBothSucceed() throws {
        for round in 0..<8 {
            let directory = try TemporaryDirectory()
            let path = directory.path("archive.sqlite")
            let failures = Failures()
            let group = DispatchGroup()
            for worker in 0..<2 {
                group.enter()
                Thread.detachNewThread {
                    defer { group.leave() }
                    do {
                        let archive = try SQLiteArchive(path: path)
                        for i in 0..<3 {
                            let shared = i == 1  // both store this one: one stores it, the other sees a duplicate
                            let (doc, text) = Fixtures.document(
                                path: shared ? "shared.txt" : "w\(worker)-\(i).txt",
                                number: nil,
                                type: "Công văn",
                                date: nil,
                                issuer: nil,
                                subject: "Văn bản",
                                pages: [shared ? "chung" : "riêng \(worker) \(i)"]
                            )
                            _ = try archive.store(doc, text: text)
                        }
                    } catch {
                        failures.add("round \(round), worker \(worker): \(error)")
                    }
                }
            }
            group.wait()
            #expect(failures.all.isEmpty, "\(failures.all)")
            let archive = try SQLiteArchive.openExisting(path: path)
            #expect(try archive.search(SearchQuery("văn bản")).results.count == 5)
        }
    }

    final class Failures: Sendable {
        private let items = Mutex<[String]>([])
        func add(_ item: String) { items.withLock { $0.append(item) } }
        var all: [String] { items.withLock { $0 } }
    }
}
