import ArgumentParser
import Foundation
import OCR
import Pipeline
import PostgresArchive
import PostgresNIO
import TestSupport
import Testing

@testable import vanthu

/// Issue 16: `--index` takes a file or a `postgres://` URL; `enqueue`, `worker` and `jobs` parsed.
@Suite("Command line: PostgreSQL archive and queue")
struct QueueCommandParsingTests {
    @Test(arguments: [
        (["enqueue", "scans/"], "EnqueueCommand"),
        (["worker"], "WorkerCommand"),
        (["jobs"], "JobsCommand"),
    ])
    func eachQueueCommand(arguments: [String], type: String) throws {
        let command = try Vanthu.parseAsRoot(arguments)
        #expect(String(describing: Swift.type(of: command)) == type)
    }

    @Test func indexIsAURLOrAPath() throws {
        let url = try #require(try Vanthu.parseAsRoot(["search", "x", "--index", "postgres://vanthu@db.lan:5433/archive"]) as? SearchCommand)
        guard case .postgres(let location) = try url.options.archiveOption.location() else {
            Issue.record("a postgres:// URL was taken for a path")
            return
        }
        #expect(location.host == "db.lan")
        #expect(location.port == 5433)
        #expect(location.username == "vanthu")
        #expect(location.database == "archive")
        let path = try #require(try Vanthu.parseAsRoot(["search", "x", "--index", "postgres.sqlite"]) as? SearchCommand)
        #expect(try path.options.archiveOption.location() == .file("postgres.sqlite"))
        #expect(try ArchiveLocation("postgresql://u@h/d") == .postgres(PostgresLocation(host: "h", username: "u", database: "d")))
        #expect(try ArchiveLocation("Indexes/archive.sqlite") == .file("Indexes/archive.sqlite"))
    }

    @Test func workerOptions() throws {
        let worker = try #require(
            try Vanthu.parseAsRoot([
                "worker", "--index", "postgres://u@h/d", "--once", "--idle-exit", "--lease", "30", "--name", "scan-desk-2", "-j", "1",
            ]) as? WorkerCommand
        )
        #expect(worker.once && worker.idleExit)
        #expect(worker.lease == 30)
        #expect(worker.name == "scan-desk-2")
        #expect(worker.ocr.options().jobs == 1)
        let defaults = try #require(try Vanthu.parseAsRoot(["worker"]) as? WorkerCommand)
        #expect(!defaults.once && !defaults.idleExit)
        #expect((defaults.lease, defaults.poll) == (60, 5))
        let enqueue = try #require(try Vanthu.parseAsRoot(["enqueue", "a.pdf", "b/", "--attempts", "5"]) as? EnqueueCommand)
        #expect(enqueue.paths == ["a.pdf", "b/"])
        #expect(enqueue.attempts == 5)
    }

    @Test("an archive command on an unreachable postgres:// says so in one error, without the password")
    func postgresUnreachable() async throws {
        for arguments in [["search", "x"], ["list"], ["show", "12"], ["graph"], ["deadlines"]] {
            let parsed = try Vanthu.parseAsRoot(arguments + ["--index", "postgres://nobody:secret@127.0.0.1:1/none"])
            guard var command = parsed as? any AsyncParsableCommand else {
                Issue.record("\(arguments[0]) is not async")
                continue
            }
            do {
                try await command.run()
                Issue.record("\(arguments[0]) ran without a server")
            } catch let error as PostgresArchiveError {
                #expect(error.code == .connectionFailed)
                #expect(!error.description.contains("secret"))
            }
        }
    }

    @Test("the queue commands refuse an SQLite file")
    func queueNeedsPostgres() async throws {
        let command = try #require(try Vanthu.parseAsRoot(["jobs", "--index", "archive.sqlite"]) as? JobsCommand)
        await #expect { try await command.run() } throws: { error in
            (error as? CommandError)?.code == .queueNeedsPostgres
        }
    }

    @Test func temporaryFileKeepsTheOriginalName() {
        #expect(JobWorker.fileName(of: "scans/2024/cv-123.pdf") == "cv-123.pdf")
        #expect(JobWorker.fileName(of: "a.txt") == "a.txt")
        #expect(JobWorker.fileName(of: "scans/") == "scans")
        #expect(JobWorker.fileName(of: "") == "file")
    }
}

/// The PostgreSQL server of the end-to-end tests: `VANTHU_TEST_POSTGRES_URL`; skipped with one
/// line without it (unless `VANTHU_REQUIRE_POSTGRES=1`, as in CI).
enum QueueTestServer {
    static let url = PostgresTestEnvironment.url
    static let enabled = PostgresTestEnvironment.enabled("vanthu queue command tests")

    typealias Missing = PostgresTestEnvironment.Missing

    /// Runs `body` with an `--index` URL on a new schema (dropped afterwards) and a queue on it.
    static func withSchema(_ body: @Sendable (String, IngestQueue) async throws -> Void) async throws {
        guard let url else { throw Missing() }
        let base = try PostgresLocation(url: url)
        let schema = "cli_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        try await base.withClient { admin in try await admin.query(PostgresQuery(unsafeSQL: "CREATE SCHEMA \(schema)")) }
        let scoped = url + (url.contains("?") ? "&" : "?") + "options=-c%20search_path%3D\(schema)"
        var location = base
        location.options = "-c search_path=\(schema)"
        let outcome: Result<Void, any Error>
        do {
            outcome = .success(
                try await location.withClient { client in
                    try await PostgresMigrator.vanthu.migrate(client)
                    try await body(scoped, IngestQueue(client: client))
                }
            )
        } catch {
            outcome = .failure(error)
        }
        try await base.withClient { admin in try await admin.query(PostgresQuery(unsafeSQL: "DROP SCHEMA \(schema) CASCADE")) }
        try outcome.get()
    }

    /// Parses and runs a command; `true` when it ended with exit status 0.
    static func run(_ arguments: [String]) async throws -> Bool {
        guard var command = try Vanthu.parseAsRoot(arguments) as? any AsyncParsableCommand else { return false }
        do {
            try await command.run()
            return true
        } catch let exit as ExitCode where exit == .failure {
            return false
        }
    }
}

@Suite("Distributed ingest commands", .serialized, .enabled(if: QueueTestServer.enabled))
struct QueueCommandTests {
    static let texts = ["Corpus/status/a-quyet-dinh-27-2019.txt", "Corpus/status/b-quyet-dinh-40-2024.txt"].map {
        RepositoryPaths.repository($0).path
    }

    @Test("enqueue twice queues 2 jobs; workers store both documents in the PostgreSQL archive, each with its job")
    func enqueueJobsWorker() async throws {
        try await QueueTestServer.withSchema { url, queue in
            #expect(try await QueueTestServer.run(["enqueue"] + Self.texts + ["--index", url]))
            #expect(try await QueueTestServer.run(["enqueue"] + Self.texts + ["--index", url]))
            var status = try await queue.status()
            #expect(status.queued == 2)
            #expect((status.running, status.done, status.failed) == (0, 0, 0))
            #expect(try await QueueTestServer.run(["jobs", "--index", url]))
            #expect(try await QueueTestServer.run(["jobs", "--json", "--index", url]))
            #expect(JobsReport(status).lines().first == "queued 2 · running 0 · done 0 · failed 0")

            // Each worker run takes one job, stores its document and marks the job done in one transaction.
            #expect(try await QueueTestServer.run(["worker", "--once", "--index", url]))
            status = try await queue.status()
            #expect((status.queued, status.running, status.done, status.failed) == (1, 0, 1, 0))
            #expect(try await QueueTestServer.run(["worker", "--idle-exit", "--index", url]))
            status = try await queue.status()
            #expect((status.queued, status.running, status.done, status.failed) == (0, 0, 2, 0))
            // The documents are in the PostgreSQL archive, found by the same commands.
            #expect(try await QueueTestServer.run(["search", "27/2019/QĐ-UBND", "--index", url]))
            #expect(try await QueueTestServer.run(["show", "27/2019/QĐ-UBND", "--index", url]))
            // Enqueued again: already done, nothing queued.
            #expect(try await QueueTestServer.run(["enqueue"] + Self.texts + ["--index", url]))
            #expect(try await queue.status().queued == 0)
        }
    }

    @Test("enqueue skips a file whose content is archived already (here by vanthu ingest), and queues the rest")
    func enqueueSkipsArchived() async throws {
        try await QueueTestServer.withSchema { url, queue in
            #expect(try await QueueTestServer.run(["ingest", Self.texts[0], "--index", url]))
            #expect(try await QueueTestServer.run(["enqueue"] + Self.texts + ["--index", url]))
            let status = try await queue.status()
            #expect((status.queued, status.running, status.done, status.failed) == (1, 0, 0, 0))
            let paths = try await queue.recentRecords(limit: 10).map(\.sourcePath)
            #expect(paths == [Self.texts[1]])
        }
    }

    /// A worker process killed mid-file (SIGKILL: no goodbye, no rollback of its own) loses
    /// nothing: once its lease runs out, another worker claims the job and the document is stored
    /// once.
    @Test("a worker killed with SIGKILL mid-file: the job is claimed again and its document stored once")
    func killedWorkerLosesNothing() async throws {
        let binary = RepositoryPaths.repository(".build/debug/vanthu")
        try #require(FileManager.default.isExecutableFile(atPath: binary.path), "build vanthu first (swift build)")
        // Three pages of OCR: seconds of work to be killed in.
        let scan = RepositoryPaths.repository("Corpus/scans/seed-kh63_bw200-multipage.tif").path
        try await QueueTestServer.withSchema { url, queue in
            #expect(try await QueueTestServer.run(["enqueue", scan, "--index", url]))
            let worker = Process()
            worker.executableURL = binary
            worker.arguments = ["worker", "--once", "--lease", "3", "--jobs", "1", "--index", url]
            worker.standardOutput = FileHandle.nullDevice
            worker.standardError = FileHandle.nullDevice
            try worker.run()
            var running = 0
            for _ in 0..<600 where running == 0 {
                try await Task.sleep(for: .milliseconds(50))
                running = try await queue.status().running
            }
            try #require(running == 1, "the worker did not claim the job")
            kill(worker.processIdentifier, SIGKILL)
            worker.waitUntilExit()
            #expect(worker.terminationReason == .uncaughtSignal)
            // Its lease (3 s, last extended at most 1 s before the kill) runs out; then another
            // worker takes the job.
            try await Task.sleep(for: .seconds(4))
            #expect(try await QueueTestServer.run(["worker", "--idle-exit", "--jobs", "1", "--index", url]))
            let status = try await queue.status()
            #expect((status.queued, status.running, status.done, status.failed) == (0, 0, 1, 0))
            let documents = try await queue.client.query("SELECT count(*)::int8, max(number) FROM documents")
            for try await (count, number) in documents.decode((Int64, String?).self) {
                #expect(count == 1)
                #expect(number == "63/KH-THNH")
            }
            let attempts = try await queue.client.query("SELECT attempts::int8 FROM jobs")
            for try await attempt in attempts.decode(Int64.self) { #expect(attempt == 2) }
        }
    }

    @Test("a file the loader refuses is retried, then failed with the loader's reason; --idle-exit ends on an empty queue")
    func badFileFailsAfterItsRetries() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vanthu-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let bad = folder.appendingPathComponent("hỏng.pdf")
        try Data("%PDF-1.4\n".utf8 + (0..<2000).map { UInt8(truncatingIfNeeded: $0 &* 37) }).write(to: bad)
        let missing = folder.appendingPathComponent("missing.pdf").path
        try await QueueTestServer.withSchema { url, queue in
            // A file that cannot be read is reported and makes the exit status 1; the others are queued.
            #expect(try await QueueTestServer.run(["enqueue", bad.path, missing, "--attempts", "2", "--index", url]) == false)
            #expect(try await queue.status().queued == 1)
            #expect(try await QueueTestServer.run(["worker", "--once", "--index", url]) == false)
            var status = try await queue.status()
            #expect(status.queued == 1, "queued again after its first attempt")
            #expect(try await QueueTestServer.run(["worker", "--idle-exit", "--index", url]) == false)
            status = try await queue.status()
            #expect((status.queued, status.running, status.done, status.failed) == (0, 0, 0, 1))
            let failed = try #require(status.failedJobs.first)
            #expect(failed.attempts == 2)
            #expect(failed.errorCode != "postgres-archive-missing")
            #expect(!failed.errorMessage.isEmpty)
            // An empty queue: --idle-exit returns at once, successfully.
            #expect(try await QueueTestServer.run(["worker", "--idle-exit", "--index", url]))
        }
    }
}
