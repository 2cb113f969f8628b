import Foundation
import Logging
import NIOCore
import PostgresNIO

extension IngestQueue {
    /// The jobs with these numbers, newest first (unknown numbers are left out).
    /// - Parameter ids: Job numbers.
    /// - Returns: The jobs found, each with its file's name and, once done, its document.
    /// - Throws: ``PostgresArchiveError``.
    public func records(ids: [Int64]) async throws -> [JobRecord] {
        guard !ids.isEmpty else { return [] }
        let query: PostgresQuery = "\(unescaped: Self.recordSelect) WHERE j.id = ANY(\(ids)) ORDER BY j.id DESC"
        return try await records(query, "reading jobs")
    }

    /// The most recently queued jobs, newest first.
    /// - Parameter limit: At most this many.
    /// - Returns: The jobs, each with its file's name and, once done, its document.
    /// - Throws: ``PostgresArchiveError``.
    public func recentRecords(limit: Int) async throws -> [JobRecord] {
        let query: PostgresQuery = "\(unescaped: Self.recordSelect) ORDER BY j.id DESC LIMIT \(max(0, limit))"
        return try await records(query, "reading the latest jobs")
    }

    /// Whether the database holds a file with this SHA-256 (queued once, kept since).
    /// - Throws: ``PostgresArchiveError``.
    public func hasFile(sha256: String) async throws -> Bool {
        let digest = sha256.lowercased()
        let logger = self.logger
        return try await run("tìm tệp \(digest)", "looking up file \(digest)") {
            let rows = try await client.query("SELECT 1 FROM files WHERE sha256 = \(digest)", logger: logger)
            for try await _ in rows.decode(Int.self) { return true }
            return false
        }
    }

    /// The columns ``record(_:)`` reads, under aliases: jobs `j`, files `f`, first chunks `c`, documents `d`.
    private static let recordSelect = """
        SELECT j.id AS job_id, j.sha256, f.name, f.size, j.source_path, j.state, j.attempts, j.max_attempts, j.pages,
            j.error_code, j.error_message, d.id AS document_id, d.number, substring(c.bytes from 1 for 512) AS head
        FROM jobs j
        JOIN files f ON f.sha256 = j.sha256
        LEFT JOIN file_chunks c ON c.sha256 = j.sha256 AND c.n = 0
        LEFT JOIN documents d ON d.sha256 = j.sha256 AND j.state = 'done'
        """

    private func records(_ query: PostgresQuery, _ english: String) async throws -> [JobRecord] {
        let logger = self.logger
        return try await run("đọc các việc trong hàng đợi", english) {
            var records: [JobRecord] = []
            for try await row in try await client.query(query, logger: logger) {
                records.append(try Self.record(row.makeRandomAccess()))
            }
            return records
        }
    }

    private static func record(_ row: PostgresRandomAccessRow) throws -> JobRecord {
        JobRecord(
            id: try row["job_id"].decode(Int64.self),
            sha256: try row["sha256"].decode(String.self),
            name: try row["name"].decode(String.self),
            size: try row["size"].decode(Int.self),
            sourcePath: try row["source_path"].decode(String.self),
            state: JobState(rawValue: try row["state"].decode(String.self)) ?? .queued,
            attempts: try row["attempts"].decode(Int.self),
            maxAttempts: try row["max_attempts"].decode(Int.self),
            pages: try row["pages"].decode(Int?.self),
            errorCode: try row["error_code"].decode(String?.self),
            errorMessage: try row["error_message"].decode(String?.self),
            documentID: try row["document_id"].decode(Int64?.self),
            number: try row["number"].decode(String?.self),
            head: try row["head"].decode(ByteBuffer?.self).map { Data($0.readableBytesView) } ?? Data()
        )
    }
}
