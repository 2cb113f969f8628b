import Foundation
import Logging
import PostgresNIO

extension IngestQueue {
    /// The queue now: counts per state, running jobs, failed jobs with their reasons, and pages
    /// per second per worker over the last `window`.
    /// - Parameters:
    ///   - window: How far back throughput is measured (five minutes by default).
    ///   - failureLimit: At most this many failed jobs, the most recent first.
    /// - Returns: The status.
    /// - Throws: ``PostgresArchiveError``.
    public func status(window: Duration = .seconds(300), failureLimit: Int = 100) async throws -> QueueStatus {
        let seconds = try Self.seconds(of: window)
        let logger = self.logger
        return try await run("đọc tình trạng hàng đợi", "reading the queue's status") {
            try await client.withConnection { connection in
                var status = QueueStatus(
                    queued: 0,
                    running: 0,
                    done: 0,
                    failed: 0,
                    runningJobs: [],
                    failedJobs: [],
                    workers: [],
                    window: window
                )
                let counts = try await connection.query("SELECT state, count(*) FROM jobs GROUP BY state", logger: logger)
                for try await (state, count) in counts.decode((String, Int).self) {
                    switch JobState(rawValue: state) {
                    case .queued: status.queued = count
                    case .running: status.running = count
                    case .done: status.done = count
                    case .failed: status.failed = count
                    case nil: break
                    }
                }
                let running = try await connection.query(
                    """
                    SELECT id, source_path, coalesce(worker, ''), attempts, coalesce(started_at, now()), coalesce(lease_until, now())
                    FROM jobs WHERE state = 'running' ORDER BY id
                    """,
                    logger: logger
                )
                for try await (id, path, worker, attempt, started, lease) in running.decode(
                    (Int64, String, String, Int, Date, Date).self
                ) {
                    status.runningJobs.append(
                        .init(id: id, sourcePath: path, worker: worker, attempt: attempt, startedAt: started, leaseUntil: lease)
                    )
                }
                let failed = try await connection.query(
                    """
                    SELECT id, source_path, sha256, attempts, coalesce(error_code, ''), coalesce(error_message, ''),
                        worker, finished_at
                    FROM jobs WHERE state = 'failed' ORDER BY finished_at DESC NULLS LAST, id DESC LIMIT \(max(failureLimit, 0))
                    """,
                    logger: logger
                )
                for try await (id, path, sha256, attempts, code, message, worker, finished) in failed.decode(
                    (Int64, String, String, Int, String, String, String?, Date?).self
                ) {
                    status.failedJobs.append(
                        .init(
                            id: id,
                            sourcePath: path,
                            sha256: sha256,
                            attempts: attempts,
                            errorCode: code,
                            errorMessage: message,
                            worker: worker,
                            finishedAt: finished
                        )
                    )
                }
                let rates = try await connection.query(
                    """
                    SELECT worker, count(*), coalesce(sum(pages), 0)::bigint,
                        coalesce(extract(epoch FROM max(finished_at) - min(started_at)), 0)::float8
                    FROM jobs
                    WHERE state = 'done' AND worker IS NOT NULL AND finished_at > now() - make_interval(secs => \(seconds))
                    GROUP BY worker ORDER BY worker
                    """,
                    logger: logger
                )
                for try await (worker, files, pages, span) in rates.decode((String, Int, Int, Double).self) {
                    status.workers.append(.init(worker: worker, files: files, pages: pages, seconds: span))
                }
                return status
            }
        }
    }
}
