public import Foundation
import Logging
public import PostgresNIO

extension IngestQueue {
    /// Claims the oldest job that is queued, or running with an expired lease (its worker died
    /// or hung), for `worker`; two claimers never get the same job (`FOR UPDATE SKIP LOCKED`).
    ///
    /// A job whose lease expired on its last attempt is not handed out again: it is marked
    /// failed (`worker-lost`), so a file that kills the worker every time ends as failed instead
    /// of looping.
    /// - Parameters:
    ///   - worker: The claimer's name (``workerName()``).
    ///   - lease: How long the claim holds without a heartbeat.
    /// - Returns: The job with its attempt number, or `nil` when there is nothing to do.
    /// - Throws: ``PostgresArchiveError``.
    public func claim(worker: String, lease: Duration) async throws -> IngestJob? {
        let seconds = try Self.seconds(of: lease)
        let logger = self.logger
        return try await run("nhận việc từ hàng đợi", "claiming a job") {
            try await client.withConnection { connection in
                try await connection.run(
                    """
                    UPDATE jobs SET state = 'failed', finished_at = now(), lease_until = NULL,
                        error_code = 'worker-lost',
                        error_message = 'Tiến trình xử lý dừng giữa chừng ở cả ' || attempts
                            || ' lần thử (tệp có thể làm hỏng bộ nhận dạng chữ); the worker stopped during all '
                            || attempts || ' attempts'
                    WHERE id IN (
                        SELECT id FROM jobs
                        WHERE state = 'running' AND lease_until < now() AND attempts >= max_attempts
                        FOR UPDATE SKIP LOCKED
                    )
                    """,
                    logger: logger
                )
                let rows = try await connection.query(
                    """
                    UPDATE jobs SET state = 'running', attempts = jobs.attempts + 1, worker = \(worker),
                        lease_until = now() + make_interval(secs => \(seconds)), heartbeat_at = now(), started_at = now(),
                        finished_at = NULL
                    FROM (
                        SELECT id FROM jobs
                        WHERE state = 'queued' OR (state = 'running' AND lease_until < now() AND attempts < max_attempts)
                        ORDER BY id
                        FOR UPDATE SKIP LOCKED
                        LIMIT 1
                    ) AS next
                    WHERE jobs.id = next.id
                    RETURNING jobs.id, jobs.sha256, jobs.source_path, jobs.attempts, jobs.max_attempts, jobs.lease_until
                    """,
                    logger: logger
                )
                var job: IngestJob?
                for try await (id, sha256, path, attempt, maxAttempts, leaseUntil) in rows.decode(
                    (Int64, String, String, Int, Int, Date).self
                ) {
                    job = IngestJob(
                        id: id,
                        sha256: sha256,
                        sourcePath: path,
                        worker: worker,
                        attempt: attempt,
                        maxAttempts: maxAttempts,
                        leaseUntil: leaseUntil
                    )
                }
                return job
            }
        }
    }

    /// Extends a claimed job's lease: call it well within the lease (a third of it) while working.
    /// - Parameters:
    ///   - job: The claimed job.
    ///   - lease: The new lease, from now.
    /// - Returns: When the lease now runs out.
    /// - Throws: ``PostgresArchiveError/Code/leaseLost`` when the job is no longer this claim's.
    @discardableResult
    public func heartbeat(_ job: IngestJob, lease: Duration) async throws -> Date {
        let seconds = try Self.seconds(of: lease)
        let logger = self.logger
        return try await run("gia hạn việc #\(job.id)", "extending job #\(job.id)") {
            try await client.withConnection { connection in
                let rows = try await connection.query(
                    """
                    UPDATE jobs SET lease_until = now() + make_interval(secs => \(seconds)), heartbeat_at = now()
                    WHERE id = \(job.id) AND worker = \(job.worker) AND attempts = \(job.attempt) AND state = 'running'
                    RETURNING lease_until
                    """,
                    logger: logger
                )
                for try await until in rows.decode(Date.self) { return until }
                throw try await Self.leaseLost(job, connection: connection, logger: logger)
            }
        }
    }

    /// Marks a claimed job done and runs `store` in the same transaction, so the document is
    /// stored if and only if the job is done.
    ///
    /// The job's row is locked first, fenced on worker and attempt: a worker whose lease was taken
    /// over is refused before `store` runs, and nobody can take the job over while `store` runs.
    /// - Parameters:
    ///   - job: The claimed job.
    ///   - pages: How many pages the file had (for the throughput in ``status(window:failureLimit:)``).
    ///   - store: Writes the document on the transaction's connection; it must not commit or roll back.
    /// - Returns: What `store` returns.
    /// - Throws: ``PostgresArchiveError/Code/leaseLost`` when the job is no longer this claim's
    ///   (nothing is stored), or what `store` throws (the transaction is rolled back and the job
    ///   stays running until its lease runs out or `fail` is called).
    @discardableResult
    public func complete<Result: Sendable>(
        _ job: IngestJob,
        pages: Int,
        store: (PostgresConnection) async throws -> Result
    ) async throws -> Result {
        let logger = self.logger
        do {
            return try await client.withConnection { connection in
                try await connection.transaction(logger: logger) { connection in
                    let rows = try await connection.query(
                        """
                        UPDATE jobs SET state = 'done', pages = \(pages), finished_at = now(), lease_until = NULL,
                            error_code = NULL, error_message = NULL
                        WHERE id = \(job.id) AND worker = \(job.worker) AND attempts = \(job.attempt) AND state = 'running'
                        RETURNING id
                        """,
                        logger: logger
                    )
                    var fenced = false
                    for try await _ in rows.decode(Int64.self) { fenced = true }
                    guard fenced else { throw try await Self.leaseLost(job, connection: connection, logger: logger) }
                    do { return try await store(connection) } catch { throw StoreFailure(error: error) }
                }
            }
        } catch let failure as StoreFailure {
            throw failure.error
        } catch {
            throw PostgresArchiveError.wrapping(error, "lưu kết quả việc #\(job.id)", "completing job #\(job.id)")
        }
    }

    /// Marks a claimed job done, storing nothing else.
    /// - Parameters:
    ///   - job: The claimed job.
    ///   - pages: How many pages the file had.
    /// - Throws: ``PostgresArchiveError/Code/leaseLost`` when the job is no longer this claim's.
    public func complete(_ job: IngestJob, pages: Int) async throws {
        try await complete(job, pages: pages) { _ in () }
    }

    /// Records that an attempt failed: the job is queued again while it has attempts left,
    /// otherwise (or when `retry` is false) it fails for good with the reason.
    /// - Parameters:
    ///   - job: The claimed job.
    ///   - code: The reason's code (`ocr-failed`, `not-a-document`, …).
    ///   - message: The reason, for the office.
    ///   - retry: `false` for a failure that another attempt cannot fix (not a PDF at all).
    /// - Returns: The job's new state: ``JobState/queued`` or ``JobState/failed``.
    /// - Throws: ``PostgresArchiveError/Code/leaseLost`` when the job is no longer this claim's.
    @discardableResult
    public func fail(_ job: IngestJob, code: String, message: String, retry: Bool = true) async throws -> JobState {
        let logger = self.logger
        return try await run("ghi lỗi của việc #\(job.id)", "failing job #\(job.id)") {
            try await client.withConnection { connection in
                let rows = try await connection.query(
                    """
                    UPDATE jobs SET
                        state = CASE WHEN \(retry) AND attempts < max_attempts THEN 'queued' ELSE 'failed' END,
                        finished_at = CASE WHEN \(retry) AND attempts < max_attempts THEN NULL ELSE now() END,
                        lease_until = NULL, error_code = \(code), error_message = \(message)
                    WHERE id = \(job.id) AND worker = \(job.worker) AND attempts = \(job.attempt) AND state = 'running'
                    RETURNING state
                    """,
                    logger: logger
                )
                for try await state in rows.decode(String.self) { return JobState(rawValue: state) ?? .failed }
                throw try await Self.leaseLost(job, connection: connection, logger: logger)
            }
        }
    }

    /// Carries the error of a caller's `store` closure past the mapping of database errors.
    private struct StoreFailure: Error {
        var error: any Error
    }

    /// The refusal of a fenced call, saying what the job has become.
    private static func leaseLost(
        _ job: IngestJob,
        connection: PostgresConnection,
        logger: Logger
    ) async throws -> PostgresArchiveError {
        let rows = try await connection.query(
            "SELECT state, coalesce(worker, ''), attempts FROM jobs WHERE id = \(job.id)",
            logger: logger
        )
        var now = "the job no longer exists"
        for try await (state, worker, attempts) in rows.decode((String, String, Int).self) {
            now = "the job is now \(state), attempt \(attempts) by \(worker)"
        }
        return PostgresArchiveError(
            .leaseLost,
            "Việc #\(job.id) (\(job.sourcePath)) không còn thuộc về tiến trình này: hết hạn giữ chỗ và đã được nhận lại; kết quả lần thử \(job.attempt) bị bỏ",
            "Job #\(job.id) (\(job.sourcePath)) is no longer held by \(job.worker), attempt \(job.attempt): its lease expired and it was taken over; this result is refused",
            underlying: now
        )
    }

    /// A lease in seconds, refusing zero and negative leases.
    static func seconds(of lease: Duration) throws -> Double {
        let seconds = Double(lease.components.seconds) + Double(lease.components.attoseconds) / 1e18
        guard seconds > 0 else {
            throw PostgresArchiveError(
                .invalidArgument,
                "Thời hạn giữ việc phải lớn hơn 0",
                "The lease must be longer than zero",
                underlying: "\(lease)"
            )
        }
        return seconds
    }
}
