import Crypto
public import Foundation
public import Logging
public import PostgresNIO

/// The distributed ingest queue in PostgreSQL: files in, jobs claimed by workers with a lease,
/// stored and marked done in one transaction. Plain SQL on postgres-nio.
///
/// - `enqueue` stores a file once (by SHA-256, in 1 MiB chunks) and queues one job for it, then
///   `NOTIFY vanthu_jobs` so idle workers wake up.
/// - `claim` takes the oldest queued job, or a running one whose lease ran out, with
///   `FOR UPDATE SKIP LOCKED`: two workers never get the same job.
/// - `heartbeat`, `complete` and `fail` are fenced on (job, worker, attempt): a worker whose job
///   was taken over is refused with ``PostgresArchiveError/Code/leaseLost``.
///
/// ```swift
/// let queue = IngestQueue(client: client)
/// try await PostgresMigrator.vanthu.migrate(client)
/// _ = try await queue.enqueue(path: "scans/cv-123.pdf", bytes: data)
/// if let job = try await queue.claim(worker: IngestQueue.workerName(), lease: .seconds(30)) {
///     let pdf = try await queue.fileBytes(sha256: job.sha256)
///     // … OCR and parse …
///     try await queue.complete(job, pages: 3) { connection in /* store the document */ }
/// }
/// ```
public struct IngestQueue: Sendable {
    /// The channel `enqueue` notifies (the payload is the new job's number).
    public static let channel = "vanthu_jobs"

    /// The pool the queue runs on (its `run()` must be running).
    public let client: PostgresClient
    /// Where the statements are logged.
    public var logger: Logger

    /// A queue on a running client; the schema must be migrated (``PostgresMigrator/vanthu``).
    /// - Parameters:
    ///   - client: The pool.
    ///   - logger: Where to log the statements (nowhere by default).
    public init(client: PostgresClient, logger: Logger = PostgresMigrator.quiet) {
        self.client = client
        self.logger = logger
    }

    /// A name for this process as a worker: host name and process id.
    public static func workerName() -> String {
        "\(ProcessInfo.processInfo.hostName):\(ProcessInfo.processInfo.processIdentifier)"
    }

    /// The SHA-256 of some bytes, as 64 lowercase hex digits.
    public static func sha256(of bytes: Data) -> String {
        SHA256.hash(data: bytes).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }

    /// Stores a file and queues a job for it, unless the same bytes are already queued, being
    /// processed or done. All in one transaction; idle workers are notified on commit.
    /// - Parameters:
    ///   - path: Where the file came from (shown in messages; its last component names the file).
    ///   - bytes: The file's content.
    ///   - maxAttempts: How many attempts the job gets (at least 1).
    /// - Returns: The job, and whether it is new.
    /// - Throws: ``PostgresArchiveError``.
    public func enqueue(path: String, bytes: Data, maxAttempts: Int = 3) async throws -> EnqueueResult {
        guard maxAttempts >= 1 else {
            throw PostgresArchiveError(
                .invalidArgument,
                "Số lần thử phải từ 1 trở lên",
                "maxAttempts must be at least 1",
                underlying: "\(maxAttempts)"
            )
        }
        let digest = Self.sha256(of: bytes)
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let chunks = stride(from: bytes.startIndex, to: bytes.endIndex, by: QueueSchema.chunkSize).map { start in
            Data(bytes[start..<min(start + QueueSchema.chunkSize, bytes.endIndex)])
        }
        let logger = self.logger
        do {
            return try await client.withConnection { connection in
                try await connection.transaction(logger: logger) { connection in
                    let newFile = try await connection.query(
                        """
                        INSERT INTO files (sha256, name, size, chunk_count)
                        VALUES (\(digest), \(name), \(bytes.count), \(chunks.count))
                        ON CONFLICT (sha256) DO NOTHING RETURNING 1
                        """,
                        logger: logger
                    )
                    var stored = false
                    for try await _ in newFile.decode(Int.self) { stored = true }
                    if stored {
                        for (n, chunk) in chunks.enumerated() {
                            try await connection.run(
                                "INSERT INTO file_chunks (sha256, n, bytes) VALUES (\(digest), \(n), \(chunk))",
                                logger: logger
                            )
                        }
                    }
                    let inserted = try await connection.query(
                        """
                        INSERT INTO jobs (sha256, source_path, max_attempts) VALUES (\(digest), \(path), \(maxAttempts))
                        ON CONFLICT (sha256) WHERE state IN ('queued', 'running', 'done') DO NOTHING RETURNING id
                        """,
                        logger: logger
                    )
                    var newID: Int64?
                    for try await id in inserted.decode(Int64.self) { newID = id }
                    if let newID {
                        try await connection.run("SELECT pg_notify(\(Self.channel), \(String(newID)))", logger: logger)
                        return EnqueueResult(jobID: newID, sha256: digest, queued: true, state: .queued)
                    }
                    let existing = try await connection.query(
                        "SELECT id, state FROM jobs WHERE sha256 = \(digest) AND state IN ('queued', 'running', 'done')",
                        logger: logger
                    )
                    for try await (id, state) in existing.decode((Int64, String).self) {
                        return EnqueueResult(jobID: id, sha256: digest, queued: false, state: JobState(rawValue: state) ?? .queued)
                    }
                    throw PostgresArchiveError(
                        .server,
                        "Không xếp được tệp vào hàng đợi",
                        "The file could not be queued",
                        underlying: path
                    )
                }
            }
        } catch {
            throw PostgresArchiveError.wrapping(error, "xếp tệp \(path) vào hàng đợi", "queueing \(path)")
        }
    }

    /// The bytes of a stored file, put together from its chunks and checked against its digest.
    /// - Parameter sha256: The file's SHA-256 (a job's ``IngestJob/sha256``).
    /// - Returns: The file's content.
    /// - Throws: ``PostgresArchiveError/Code/notFound`` for an unknown file,
    ///   ``PostgresArchiveError/Code/corruptFile`` when the chunks do not make the file.
    public func fileBytes(sha256: String) async throws -> Data {
        let logger = self.logger
        let digest = sha256.lowercased()
        let (size, chunks) = try await run("đọc tệp \(digest)", "reading file \(digest)") {
            try await client.withConnection { connection in
                let header = try await connection.query(
                    "SELECT size, chunk_count FROM files WHERE sha256 = \(digest)",
                    logger: logger
                )
                var found: (Int, Int)?
                for try await row in header.decode((Int, Int).self) { found = row }
                guard let found else {
                    throw PostgresArchiveError(
                        .notFound,
                        "Không có tệp này trong cơ sở dữ liệu",
                        "No such file in the database",
                        underlying: digest
                    )
                }
                var chunks: [(Int, ByteBuffer)] = []
                let rows = try await connection.query(
                    "SELECT n, bytes FROM file_chunks WHERE sha256 = \(digest) ORDER BY n",
                    logger: logger
                )
                for try await row in rows.decode((Int, ByteBuffer).self) { chunks.append(row) }
                guard chunks.count == found.1 else {
                    throw Self.corrupt(digest, "\(chunks.count) of \(found.1) chunks")
                }
                return (found.0, chunks)
            }
        }
        var bytes = Data(capacity: size)
        for (index, (n, chunk)) in chunks.enumerated() {
            guard n == index else { throw Self.corrupt(digest, "chunk \(index) is missing") }
            bytes.append(contentsOf: chunk.readableBytesView)
        }
        guard bytes.count == size, Self.sha256(of: bytes) == digest else {
            throw Self.corrupt(digest, "\(bytes.count) bytes of \(size), digest mismatch")
        }
        return bytes
    }

    private static func corrupt(_ digest: String, _ detail: String) -> PostgresArchiveError {
        PostgresArchiveError(
            .corruptFile,
            "Tệp lưu trong cơ sở dữ liệu bị thiếu hoặc hỏng: hãy xếp lại tệp gốc",
            "The file stored in the database is incomplete or damaged: enqueue the original again",
            underlying: "\(digest): \(detail)"
        )
    }

    /// Runs database work, mapping its errors to ``PostgresArchiveError``.
    func run<Result: Sendable>(
        _ vietnamese: String,
        _ english: String,
        isolation: isolated (any Actor)? = #isolation,
        _ work: () async throws -> Result
    ) async throws -> Result {
        do { return try await work() } catch { throw PostgresArchiveError.wrapping(error, vietnamese, english) }
    }
}
