import Archive
import ArgumentParser
import Pipeline
import Testing

@testable import vanthu

/// Issue 13, item 13: usage errors are validation failures (exit 2, see `Main`), caught before the
/// archive is opened: impossible days, empty filters, a limit of 0, a zero page limit.
@Suite("Usage errors")
struct UsageErrorTests {
    @Test(arguments: [
        ["search", "x", "--from", "2024-13-45"],
        ["search", "x", "--to", "2024-02-30"],
        ["search", "x", "--to", "2023-02-29"],
        ["search", "x", "--limit", "0"],
        ["search", "x", "--limit", "1001"],
        ["search", "x", "--issuer", " "],
        ["search", "x", "--type", ""],
        ["search", "x", "--from", "31/02/2025"],
        ["list", "--limit", "0"],
        ["list", "--cites", "hello"],
        ["search", "x", "--offset", "-1"],
        ["deadlines", "--before", "2024-04-31"],
        ["ocr", "--max-pages", "0", "a.pdf"],
        ["serve", "--max-connections", "0"],
        // The distributed-ingest commands: a URL that is not a database's, a queue on a file.
        ["search", "x", "--index", "postgres://db.lan/archive"],
        ["worker", "--index", "postgres://u@h"],
        ["jobs", "--index", "postgres://u@h/d?sslmode=always"],
        ["enqueue", "a.pdf", "--attempts", "0"],
        ["worker", "--lease", "1"],
        ["worker", "--poll", "0"],
        ["jobs", "--window", "0"],
    ])
    func refusedAsUsage(arguments: [String]) {
        do {
            _ = try Vanthu.parseAsRoot(arguments)
            Issue.record("accepted: \(arguments)")
        } catch {
            #expect(Vanthu.exitCode(for: error) == .validationFailure, "\(arguments): \(Vanthu.fullMessage(for: error))")
        }
    }

    @Test(
        "the usage error names the flag and what was typed",
        arguments: [
            (["search", "x", "--to", "2024-02-30"], "--to", "2024-02-30"),
            (["list", "--from", "31/02/2025"], "--from", "31/02/2025"),
            (["deadlines", "--before", "2024-04-31"], "--before", "2024-04-31"),
            (["search", "x", "--limit", "0"], "--limit", "0"),
            (["list", "--cites", "hello"], "--cites", "hello"),
        ]
    )
    func namesTheFlag(arguments: [String], flag: String, typed: String) {
        do {
            _ = try Vanthu.parseAsRoot(arguments)
            Issue.record("accepted: \(arguments)")
        } catch {
            let message = Vanthu.fullMessage(for: error)
            #expect(message.contains(flag) && message.contains(typed), "\(message)")
        }
    }

    @Test(arguments: [
        ["search", "x", "--to", "2024-02-29"],
        ["search", "--", "-CP 59"],
        ["search", "x", "--limit", "1000", "--from", "2024-01-31"],
        ["search", "x", "--from", "01/01/2025", "--to", "31/12/2025"],
        ["search", "--type", "Quyết định"],
        ["list", "--cites", "789/QĐ-UBND"],
        ["list"],
        ["deadlines", "--after", "01/03/2024"],
    ])
    func accepted(arguments: [String]) throws {
        _ = try Vanthu.parseAsRoot(arguments)
    }

    @Test("search without a query and list make the same listing query; dd/mm/yyyy becomes ISO")
    func listing() throws {
        let list = try #require(try Vanthu.parseAsRoot(["list", "--type", "Quyết định", "--from", "01/01/2025"]) as? ListCommand)
        let search = try #require(try Vanthu.parseAsRoot(["search", "--type", "Quyết định", "--from", "2025-01-01"]) as? SearchCommand)
        #expect(list.options.query("") == search.options.query(search.query))
        #expect(search.options.query("").from == "2025-01-01")
    }
}

/// Issue 14, item 5: the ingest bar fits the terminal and never writes its last column.
@Suite("Ingest progress bar")
struct IngestProgressBarTests {
    @Test(arguments: [40, 60, 80, 120])
    func fitsTheWidth(width: Int) {
        let line = IngestProgress.bar(
            width: width,
            done: 1234,
            total: 98765,
            pages: 123_456,
            seconds: 3_600,
            failed: 321,
            file: ("Quyết định 3855 QĐ-UBND về việc ban hành quy chế dân vận chính quyền (bản quét lần 2).pdf", 37, 300)
        )
        #expect(line.count <= width - 1, "\(line.count): \(line)")
        #expect(line.contains("1234/98765 files"))
    }

    @Test("the page being read and the current file are shown when there is room")
    func showsTheFile() {
        let line = IngestProgress.bar(width: 120, done: 2, total: 31, pages: 12, seconds: 10, failed: 0, file: ("stamped.pdf", 3, 10))
        #expect(line.contains("stamped.pdf p. 3/10"))
        #expect(line.contains("12 pages"))
    }

    @Test("JSON lines carry the copy, the notices and the id of an already archived file")
    func json() {
        let stored = IngestProgress.json(
            .stored(path: "b.pdf", id: 7, pages: 1, version: 1, number: "789/QĐ-UBND", copyOf: 3, notices: ["Số hiệu viết tay"])
        )
        #expect(stored.contains("\"copyOf\":3"))
        #expect(stored.contains("Số hiệu viết tay"))
        #expect(IngestProgress.json(.alreadyArchived(path: "a.pdf", existingID: 3)).contains("\"id\":3"))
    }
}

/// Issue 14, item 10: the archive can be named once for a session with `VANTHU_INDEX`.
@Suite("Default archive")
struct DefaultArchiveTests {
    @Test func environmentNamesTheArchive() throws {
        #expect(ArchiveOption.defaultPath(environment: ["VANTHU_INDEX": "/srv/vanthu/archive.sqlite"]) == "/srv/vanthu/archive.sqlite")
        #expect(ArchiveOption.defaultPath(environment: [:]) == "Indexes/archive.sqlite")
        #expect(ArchiveOption.defaultPath(environment: ["VANTHU_INDEX": " "]) == "Indexes/archive.sqlite")
        let search = try #require(try Vanthu.parseAsRoot(["search", "x", "--index", "other.sqlite"]) as? SearchCommand)
        #expect(search.options.archiveOption.path == "other.sqlite")
    }
}

@Suite("Ingest check lines")
struct IngestCheckLineTests {
    @Test func oneLinePerDocument() {
        let line = IngestProgress.fitted(
            "cần kiểm tra #21 (không có số) seed-kh63_lowres_p2.jpg: " + String(repeating: "Không thấy trích yếu; ", count: 10),
            width: 80
        )
        #expect(line.count <= 78)
        #expect(line.hasSuffix("…"))
    }
}
