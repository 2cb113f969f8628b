import Archive
import Foundation
import HTTPTypes
import OCR
import PostgresArchive
import Synchronization

/// Uploads on a PostgreSQL archive: each accepted file goes into the database's ingest queue
/// (``PostgresArchive/IngestQueue``, as `vanthu enqueue` puts files there), and a job's state is
/// read back from the database, so every `vanthu serve` on the same database answers for every
/// upload; `vanthu worker` processes (or the in-process worker of `vanthu serve`) store them.
///
/// A job's number is the queue's. Uploads refused before the queue (empty, not a document, too
/// many pages) and contents already archived never reach the database: they are answered at once
/// and kept in this server's memory under negative numbers.
final class DatabaseUploads: Sendable {
    /// Refused and already-archived uploads, by their negative numbers.
    private struct Local {
        var jobs: [Int: UploadJob] = [:]
        var next = -1
    }

    let queue: IngestQueue
    private let archive: any ArchiveStore
    private let local = Mutex(Local())
    /// Local answers kept for the page to show.
    private let keep = 500
    /// Jobs listed on the upload page.
    static let recentLimit = 100
    /// Attempts a queued upload gets.
    static let attempts = 3

    init(queue: IngestQueue, archive: any ArchiveStore) {
        self.queue = queue
        self.archive = archive
    }

    /// Records an upload answered without the queue, under a new negative number.
    func record(_ job: UploadJob) -> UploadJob {
        local.withLock { local in
            var job = job
            job.id = local.next
            local.next -= 1
            local.jobs[job.id] = job
            if local.jobs.count > keep, let oldest = local.jobs.keys.max() { local.jobs[oldest] = nil }
            return job
        }
    }

    /// Queues a checked upload, unless its content is archived already (then it is answered as
    /// a duplicate) or already has a job (then that job is the answer).
    /// - Parameters:
    ///   - job: The upload as checked (name, size, format, pages).
    ///   - data: The file's bytes.
    /// - Returns: The job and the status to answer with.
    func submit(_ job: UploadJob, data: Data) async throws -> (UploadJob, HTTPResponse.Status) {
        let digest = IngestQueue.sha256(of: data)
        if let existing = try await archive.documentID(sha256: digest) {
            var duplicate = job
            duplicate.state = .duplicate
            duplicate.documentID = existing
            duplicate.number = try await archive.resolve(String(existing)).first?.number
            return (record(duplicate), .ok)
        }
        // The name is kept last (the parser reads numbers from it); the folder is the content's,
        // so two different files with one name never count as versions of each other.
        let path = "uploads/\(digest.prefix(16))/\(job.name)"
        let result = try await queue.enqueue(path: path, bytes: data, maxAttempts: Self.attempts)
        if !result.queued, let live = try await jobs(ids: [Int(result.jobID)]).first { return (live, .accepted) }
        var queued = job
        queued.id = Int(result.jobID)
        queued.state = .queued
        return (queued, .accepted)
    }

    /// Jobs by number (unknown ones are left out); the recent ones, newest first, when `ids` is empty.
    func jobs(ids: [Int] = []) async throws -> [UploadJob] {
        if ids.isEmpty {
            let stored = try await queue.recentRecords(limit: Self.recentLimit).map(Self.job)
            let answered = local.withLock { $0.jobs.values.sorted { $0.id < $1.id } }
            return stored + answered
        }
        let records = try await queue.records(ids: ids.filter { $0 > 0 }.map(Int64.init))
        var found = Dictionary(records.map { (Int($0.id), Self.job($0)) }, uniquingKeysWith: { first, _ in first })
        local.withLock { local in
            for id in ids where id < 0 { found[id] = local.jobs[id] }
        }
        return ids.compactMap { found[$0] }
    }

    /// A queue job as the upload page shows it.
    static func job(_ record: JobRecord) -> UploadJob {
        var job = UploadJob(
            id: Int(record.id),
            name: record.name,
            bytes: record.size,
            format: InputFormat.sniff(record.head)?.rawValue ?? "text",
            pages: record.pages ?? 0,
            state: .queued
        )
        switch record.state {
        case .queued: job.state = .queued
        case .running: job.state = .reading
        case .done:
            job.state = .stored
            job.documentID = record.documentID
            job.number = record.number
        case .failed:
            job.state = .failed
            job.reason = reason(code: record.errorCode, message: record.errorMessage)
        }
        return job
    }

    /// A failed job's reason in Vietnamese: the worker's reasons are the loader's English ones
    /// (the same as the command line's); the queue's own say it in Vietnamese first.
    static func reason(code: String?, message: String?) -> String {
        guard let message, !message.isEmpty else { return "Không xử lý được tệp." }
        if code == "worker-lost" { return String(message.prefix { $0 != ";" }) }
        return UploadReason.vietnamese(message)
    }
}
