import Foundation
import PostgresNIO
import Testing

@testable import PostgresArchive

@Suite("PostgreSQL ingest queue", .enabled(if: TestServer.enabled))
struct IngestQueueTests {
    /// Distinct small files.
    static func file(_ n: Int) -> Data { Data("công văn số \(n)/UBND-VP".utf8) }

    @Test("enqueueing the same bytes twice queues one job; the file is stored once")
    func dedup() async throws {
        try await TestServer.withQueue { queue in
            let first = try await queue.enqueue(path: "scans/a.pdf", bytes: Self.file(1))
            let second = try await queue.enqueue(path: "copies/a (1).pdf", bytes: Self.file(1))
            #expect(first.queued)
            #expect(!second.queued)
            #expect(second.jobID == first.jobID)
            #expect(second.state == .queued)
            #expect(first.sha256 == IngestQueue.sha256(of: Self.file(1)))
            let status = try await queue.status()
            #expect(status.queued == 1)
            let files = try await queue.client.query("SELECT count(*) FROM files")
            for try await count in files.decode(Int.self) { #expect(count == 1) }
        }
    }

    @Test("a file's bytes round-trip through 1 MiB chunks")
    func chunks() async throws {
        try await TestServer.withQueue { queue in
            var generator = SystemRandomNumberGenerator()
            let size = 2 * QueueSchema.chunkSize + 12_345
            let bytes = Data((0..<size).map { _ in UInt8.random(in: 0...255, using: &generator) })
            let result = try await queue.enqueue(path: "big.pdf", bytes: bytes)
            let rows = try await queue.client.query(
                "SELECT n, length(bytes) FROM file_chunks WHERE sha256 = \(result.sha256) ORDER BY n"
            )
            var lengths: [Int] = []
            for try await (_, length) in rows.decode((Int, Int).self) { lengths.append(length) }
            #expect(lengths == [QueueSchema.chunkSize, QueueSchema.chunkSize, 12_345])
            #expect(try await queue.fileBytes(sha256: result.sha256) == bytes)
            // An empty file is a file too.
            let empty = try await queue.enqueue(path: "empty.pdf", bytes: Data())
            #expect(try await queue.fileBytes(sha256: empty.sha256).isEmpty)
        }
    }

    @Test("a missing or damaged file is a typed error")
    func missingOrDamaged() async throws {
        try await TestServer.withQueue { queue in
            await #expect { try await queue.fileBytes(sha256: String(repeating: "0", count: 64)) } throws: { error in
                (error as? PostgresArchiveError)?.code == .notFound
            }
            let result = try await queue.enqueue(path: "a.pdf", bytes: Self.file(7))
            try await queue.client.query("UPDATE file_chunks SET bytes = '\\x00'::bytea WHERE sha256 = \(result.sha256)")
            await #expect { try await queue.fileBytes(sha256: result.sha256) } throws: { error in
                (error as? PostgresArchiveError)?.code == .corruptFile
            }
        }
    }

    @Test("a claim takes the oldest job, gives its attempt, and nothing is left after")
    func claimOrder() async throws {
        try await TestServer.withQueue { queue in
            let a = try await queue.enqueue(path: "a.pdf", bytes: Self.file(1))
            let b = try await queue.enqueue(path: "b.pdf", bytes: Self.file(2))
            let first = try #require(try await queue.claim(worker: "w1", lease: .seconds(30)))
            #expect(first.id == a.jobID)
            #expect(first.attempt == 1)
            #expect(first.maxAttempts == 3)
            #expect(first.sourcePath == "a.pdf")
            #expect(try await queue.fileBytes(sha256: first.sha256) == Self.file(1))
            let second = try #require(try await queue.claim(worker: "w1", lease: .seconds(30)))
            #expect(second.id == b.jobID)
            #expect(try await queue.claim(worker: "w1", lease: .seconds(30)) == nil)
            let status = try await queue.status()
            #expect(status.running == 2)
            #expect(status.runningJobs.map(\.worker) == ["w1", "w1"])
        }
    }

    @Test("concurrent claimers over 200 jobs never share a job and finish each once", arguments: [2, 8])
    func concurrentClaims(workers: Int) async throws {
        try await TestServer.withSchema { location, client in
            try await PostgresMigrator.vanthu.migrate(client)
            let queue = IngestQueue(client: client)
            for n in 0..<200 { _ = try await queue.enqueue(path: "scan-\(n).pdf", bytes: Self.file(n)) }
            // Each claimer has its own pool, as a worker process on another machine would.
            let done = try await withThrowingTaskGroup(of: [Int64].self) { group in
                for w in 0..<workers {
                    group.addTask {
                        try await location.withClient { own in
                            let queue = IngestQueue(client: own)
                            var mine: [Int64] = []
                            while let job = try await queue.claim(worker: "w\(w)", lease: .seconds(60)) {
                                try await queue.complete(job, pages: 2)
                                mine.append(job.id)
                            }
                            return mine
                        }
                    }
                }
                var all: [Int64] = []
                for try await ids in group { all += ids }
                return all
            }
            #expect(done.count == 200)
            #expect(Set(done).count == 200)
            let status = try await queue.status()
            #expect(status.done == 200 && status.queued == 0 && status.running == 0 && status.failed == 0)
            #expect(status.workers.reduce(0) { $0 + $1.files } == 200)
            #expect(status.workers.reduce(0) { $0 + $1.pages } == 400)
            #expect(status.workers.allSatisfy { $0.pagesPerSecond > 0 })
            let attempts = try await queue.client.query("SELECT max(attempts) FROM jobs")
            for try await most in attempts.decode(Int.self) { #expect(most == 1) }
        }
    }

    // A worker killed with SIGKILL is simulated by a claim that never heartbeats; the real SIGKILL
    // test comes with the `vanthu worker` command.
    @Test("an expired lease is claimed again and the first worker's late completion is refused")
    func leaseTakeover() async throws {
        try await TestServer.withQueue { queue in
            _ = try await queue.enqueue(path: "slow.pdf", bytes: Self.file(1))
            let stale = try #require(try await queue.claim(worker: "dead", lease: .seconds(1)))
            #expect(try await queue.claim(worker: "alive", lease: .seconds(30)) == nil)  // still leased
            try await Task.sleep(for: .milliseconds(1_300))
            let fresh = try #require(try await queue.claim(worker: "alive", lease: .seconds(30)))
            #expect(fresh.id == stale.id)
            #expect(fresh.attempt == 2)
            let refused: (PostgresArchiveError) -> Bool = { $0.code == .leaseLost }
            await #expect { try await queue.complete(stale, pages: 1) } throws: { refused(try #require($0 as? PostgresArchiveError)) }
            await #expect { try await queue.heartbeat(stale, lease: .seconds(30)) } throws: { refused(try #require($0 as? PostgresArchiveError)) }
            await #expect { try await queue.fail(stale, code: "x", message: "x") } throws: { refused(try #require($0 as? PostgresArchiveError)) }
            // The refused completion stored nothing.
            try await queue.client.query("CREATE TABLE stored (job bigint)")
            await #expect(throws: PostgresArchiveError.self) {
                try await queue.complete(stale, pages: 1) { connection in
                    try await connection.query("INSERT INTO stored VALUES (\(stale.id))", logger: PostgresMigrator.quiet)
                }
            }
            try await queue.complete(fresh, pages: 4) { connection in
                try await connection.query("INSERT INTO stored VALUES (\(fresh.id))", logger: PostgresMigrator.quiet)
            }
            let stored = try await queue.client.query("SELECT count(*) FROM stored")
            for try await count in stored.decode(Int.self) { #expect(count == 1) }
            let status = try await queue.status()
            #expect(status.done == 1)
            #expect(status.workers.map(\.worker) == ["alive"])
        }
    }

    @Test("a heartbeat keeps the job; a store that throws rolls the completion back")
    func heartbeatAndRollback() async throws {
        try await TestServer.withQueue { queue in
            _ = try await queue.enqueue(path: "a.pdf", bytes: Self.file(1))
            // Heartbeats every 0.4 s on a 1.5 s lease: the job lives past its first lease.
            let job = try #require(try await queue.claim(worker: "w", lease: .milliseconds(1_500)))
            for _ in 0..<5 {
                try await Task.sleep(for: .milliseconds(400))
                let until = try await queue.heartbeat(job, lease: .milliseconds(1_500))
                #expect(until > job.leaseUntil)
            }
            #expect(try await queue.claim(worker: "thief", lease: .seconds(30)) == nil)
            struct StoreFailed: Error {}
            await #expect(throws: StoreFailed.self) { try await queue.complete(job, pages: 1) { _ in throw StoreFailed() } }
            #expect(try await queue.status().running == 1)
            try await queue.complete(job, pages: 1)
            #expect(try await queue.status().done == 1)
        }
    }

    @Test("a job failing three times ends failed with its reason")
    func failsThreeTimes() async throws {
        try await TestServer.withQueue { queue in
            let queued = try await queue.enqueue(path: "torn.pdf", bytes: Self.file(1))
            var states: [JobState] = []
            for attempt in 1...3 {
                let job = try #require(try await queue.claim(worker: "w", lease: .seconds(30)))
                #expect(job.attempt == attempt)
                states.append(try await queue.fail(job, code: "ocr-failed", message: "Trang \(attempt) không đọc được"))
            }
            #expect(states == [.queued, .queued, .failed])
            #expect(try await queue.claim(worker: "w", lease: .seconds(30)) == nil)
            let status = try await queue.status()
            #expect(status.failed == 1)
            let failed = try #require(status.failedJobs.first)
            #expect(failed.id == queued.jobID)
            #expect(failed.sourcePath == "torn.pdf")
            #expect(failed.attempts == 3)
            #expect(failed.errorCode == "ocr-failed")
            #expect(failed.errorMessage == "Trang 3 không đọc được")
            // A failed file may be queued again, as a new job.
            let again = try await queue.enqueue(path: "torn.pdf", bytes: Self.file(1))
            #expect(again.queued && again.jobID != queued.jobID)
        }
    }

    @Test("a failure that cannot be retried fails at once")
    func noRetry() async throws {
        try await TestServer.withQueue { queue in
            _ = try await queue.enqueue(path: "notes.txt", bytes: Self.file(1))
            let job = try #require(try await queue.claim(worker: "w", lease: .seconds(30)))
            #expect(try await queue.fail(job, code: "not-a-document", message: "Không phải PDF hay ảnh", retry: false) == .failed)
        }
    }

    @Test("a file that kills its worker every time ends failed, not in a loop")
    func poisonFile() async throws {
        try await TestServer.withQueue { queue in
            _ = try await queue.enqueue(path: "crash.pdf", bytes: Self.file(1))
            for attempt in 1...3 {
                let job = try #require(try await queue.claim(worker: "w\(attempt)", lease: .milliseconds(200)))
                #expect(job.attempt == attempt)
                try await Task.sleep(for: .milliseconds(400))  // the worker dies: no heartbeat, no completion
            }
            #expect(try await queue.claim(worker: "w4", lease: .seconds(30)) == nil)
            let status = try await queue.status()
            #expect(status.failed == 1 && status.running == 0 && status.queued == 0)
            let failed = try #require(status.failedJobs.first)
            #expect(failed.errorCode == "worker-lost")
            #expect(failed.attempts == 3)
            #expect(failed.errorMessage.contains("3"))
        }
    }

    @Test("enqueue notifies the workers' channel with the new job's number")
    func notifies() async throws {
        try await TestServer.withSchema { location, client in
            try await PostgresMigrator.vanthu.migrate(client)
            let queue = IngestQueue(client: client)
            let connection = try await PostgresConnection.connect(
                configuration: try location.connectionConfiguration(),
                id: 1,
                logger: PostgresMigrator.quiet
            )
            // The channel is the database's: suites running beside this one enqueue into their own
            // schemas and notify it too. This schema's jobs are numbered from a value no other
            // suite reaches, and the wait is for that number.
            try await client.query("SELECT setval(pg_get_serial_sequence('jobs', 'id'), 918273)")
            let payload = try await connection.listen(on: IngestQueue.channel) { notifications in
                let result = try await queue.enqueue(path: "a.pdf", bytes: Self.file(1))
                for try await notification in notifications where notification.payload == String(result.jobID) {
                    return (notification.payload, result.jobID)
                }
                return ("", result.jobID)
            }
            try await connection.close()
            #expect(payload.1 == 918_274)
            #expect(payload.0 == String(payload.1))
        }
    }

    @Test("a lease must be longer than zero")
    func zeroLease() async throws {
        try await TestServer.withQueue { queue in
            await #expect { try await queue.claim(worker: "w", lease: .zero) } throws: { error in
                (error as? PostgresArchiveError)?.code == .invalidArgument
            }
        }
    }
}
