import Foundation
import OCR
import Pipeline

/// Uploaded files waiting for the ingest, and the ingest itself on a thread of its own: OCR takes
/// seconds per page and must not hold the server's threads. Files queued while a batch runs go in
/// the next batch. State is kept in memory for the page to poll.
final class UploadQueue: @unchecked Sendable {
    /// Ingests files, reporting one event per file (``Ingestor/ingest(files:events:)``).
    typealias Ingest = @Sendable (_ files: [String], _ events: @escaping @Sendable (IngestEvent) -> Void) throws -> Void

    private let lock = NSLock()
    private var jobs: [Int: UploadJob] = [:]
    private var pending: [(id: Int, path: String)] = []
    private var paths: [String: Int] = [:]
    private var nextID = 1
    private var running = false
    private let originals: OriginalStore
    private let ingest: Ingest
    private let lookup: @Sendable (String) -> (id: Int64, number: String?)?
    private let changed: @Sendable () -> Void
    /// Jobs kept for the page to show.
    private let keep = 500

    /// Creates a queue.
    /// - Parameters:
    ///   - ingest: runs the pipeline on files.
    ///   - lookup: the archived document with a SHA-256, and its number (to link duplicates).
    ///   - changed: called after a batch stored something (to refresh cached facets).
    init(originals: OriginalStore, ingest: @escaping Ingest, lookup: @escaping @Sendable (String) -> (id: Int64, number: String?)?, changed: @escaping @Sendable () -> Void) {
        self.originals = originals
        self.ingest = ingest
        self.lookup = lookup
        self.changed = changed
    }

    /// A new job id.
    func reserveID() -> Int {
        lock.withLock {
            defer { nextID += 1 }
            return nextID
        }
    }

    /// Records a refused upload (it never reaches the ingest).
    func refuse(_ job: UploadJob) {
        lock.withLock { record(job) }
    }

    /// Queues a staged file and starts the worker when idle.
    func enqueue(_ job: UploadJob, path: String) {
        let start = lock.withLock {
            record(job)
            pending.append((job.id, path))
            paths[path] = job.id
            defer { running = true }
            return !running
        }
        if start {
            let thread = Thread { [self] in work() }
            thread.name = "vanthu-upload-ingest"
            thread.start()
        }
    }

    /// Jobs by id (unknown ids are left out); all recent jobs, newest first, when `ids` is empty.
    func snapshot(ids: [Int] = []) -> [UploadJob] {
        lock.withLock {
            if ids.isEmpty { return jobs.values.sorted { $0.id > $1.id } }
            return ids.compactMap { jobs[$0] }
        }
    }

    /// Whether every job is finished (tests wait on this).
    var isIdle: Bool { lock.withLock { !running } }

    private func record(_ job: UploadJob) {
        jobs[job.id] = job
        if jobs.count > keep, let oldest = jobs.keys.min() { jobs[oldest] = nil }
    }

    private func update(_ id: Int, _ change: (inout UploadJob) -> Void) {
        lock.withLock {
            if var job = jobs[id] {
                change(&job)
                jobs[id] = job
            }
        }
    }

    private func work() {
        while true {
            let batch: [(id: Int, path: String)] = lock.withLock {
                let taken = pending
                pending.removeAll()
                if taken.isEmpty { running = false }
                for item in taken { jobs[item.id]?.state = .reading }
                return taken
            }
            guard !batch.isEmpty else { return }
            do {
                try ingest(batch.map(\.path)) { [self] event in handle(event) }
            } catch {
                for item in batch {
                    update(item.id) { job in
                        if job.state == .reading {
                            job.state = .failed
                            job.reason = "Không khởi động được bộ nhận dạng chữ: \(error)"
                        }
                    }
                }
            }
            var stored = false
            for item in batch {
                if lock.withLock({ jobs[item.id]?.state == .stored }) { stored = true }
                lock.withLock { _ = paths.removeValue(forKey: item.path) }
                originals.removeStaging(job: item.id)
            }
            if stored { changed() }
        }
    }

    private func handle(_ event: IngestEvent) {
        guard let id = lock.withLock({ paths[event.path] }) else { return }
        switch event {
        case .stored(let path, let documentID, let pages, _, let number, _, _):
            let digest = FileDigest.sha256(path: path)
            var reason: String?
            if let digest {
                do {
                    try originals.keep(path, sha256: digest)
                } catch {
                    reason = "Đã lưu văn bản nhưng không giữ được bản gốc: \(error.localizedDescription)"
                }
            }
            update(id) { job in
                job.state = .stored
                job.documentID = documentID
                job.pages = pages
                job.number = number
                job.reason = reason
            }
        case .alreadyArchived(let path, let existing):
            let digest = FileDigest.sha256(path: path)
            if let digest { try? originals.keep(path, sha256: digest) }
            let found = digest.flatMap(lookup)
            update(id) { job in
                job.state = .duplicate
                job.documentID = existing ?? found?.id
                job.number = found?.number
            }
        case .failed(_, let reason):
            update(id) { job in
                job.state = .failed
                job.reason = UploadReason.vietnamese(reason)
            }
        }
    }
}
