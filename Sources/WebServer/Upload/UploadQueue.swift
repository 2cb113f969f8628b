import Foundation
import OCR
import Pipeline
import ServiceLifecycle
import Synchronization

/// Uploaded files waiting for the ingest, and the ingest itself: ``run()`` takes every file queued
/// so far as one batch and ingests it on a thread of its own (OCR takes seconds per page and must
/// not hold the server's threads); files queued while a batch runs go in the next batch. It runs
/// in ``BackgroundOCR``, a service of the application. State is kept in memory for the page to poll.
final class UploadQueue: Sendable {
    /// The jobs the page shows and the files waiting for the ingest.
    private struct State {
        var jobs: [Int: UploadJob] = [:]
        var pending: [(id: Int, path: String)] = []
        /// The job of each file being ingested, by its staged path.
        var paths: [String: Int] = [:]
        var nextID = 1
        var running = false

        mutating func record(_ job: UploadJob, keep: Int) {
            jobs[job.id] = job
            if jobs.count > keep, let oldest = jobs.keys.min() { jobs[oldest] = nil }
        }
    }

    private let state = Mutex(State())
    /// One element whenever files are queued: wakes ``run()``.
    private let wakeUps: AsyncStream<Void>
    private let wakeUp: AsyncStream<Void>.Continuation
    private let originals: OriginalStore
    private let ingestor: any DocumentIngesting
    private let lookup: @Sendable (String) -> (id: Int64, number: String?)?
    private let changed: @Sendable () -> Void
    /// Jobs kept for the page to show.
    private let keep = 500

    /// Creates a queue.
    /// - Parameters:
    ///   - ingestor: runs the pipeline on files.
    ///   - lookup: the archived document with a SHA-256, and its number (to link duplicates).
    ///   - changed: called after a batch stored something (to refresh cached facets).
    init(
        originals: OriginalStore,
        ingestor: any DocumentIngesting,
        lookup: @escaping @Sendable (String) -> (id: Int64, number: String?)?,
        changed: @escaping @Sendable () -> Void
    ) {
        self.originals = originals
        self.ingestor = ingestor
        self.lookup = lookup
        self.changed = changed
        (wakeUps, wakeUp) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
    }

    /// A new job id.
    func reserveID() -> Int {
        state.withLock { state in
            defer { state.nextID += 1 }
            return state.nextID
        }
    }

    /// Records a refused upload (it never reaches the ingest).
    func refuse(_ job: UploadJob) {
        state.withLock { $0.record(job, keep: keep) }
    }

    /// Queues a staged file for the next batch.
    func enqueue(_ job: UploadJob, path: String) {
        state.withLock { state in
            state.record(job, keep: keep)
            state.pending.append((job.id, path))
            state.paths[path] = job.id
        }
        wakeUp.yield()
    }

    /// Jobs by id (unknown ids are left out); all recent jobs, newest first, when `ids` is empty.
    func snapshot(ids: [Int] = []) -> [UploadJob] {
        state.withLock { state in
            if ids.isEmpty { return state.jobs.values.sorted { $0.id > $1.id } }
            return ids.compactMap { state.jobs[$0] }
        }
    }

    /// Whether no file waits and no batch runs (tests wait on this).
    var isIdle: Bool { state.withLock { !$0.running && $0.pending.isEmpty } }

    /// Ingests queued files, a batch at a time, until the service stops. A batch still running
    /// then is left to its thread: the process ends with it, and every document it finished is
    /// stored whole.
    func run() async {
        for await _ in wakeUps.cancelOnGracefulShutdown() {
            while let batch = takeBatch() {
                guard await DedicatedThread.run(name: "vanthu-upload-ingest", { self.ingest(batch) }) != nil else { return }
            }
        }
    }

    /// Every file queued so far, marked as being read; `nil` when none is.
    private func takeBatch() -> [(id: Int, path: String)]? {
        state.withLock { state in
            let taken = state.pending
            state.pending.removeAll()
            guard !taken.isEmpty else { return nil }
            state.running = true
            for item in taken { state.jobs[item.id]?.state = .reading }
            return taken
        }
    }

    /// Ingests one batch (blocking), then removes its staged files.
    private func ingest(_ batch: [(id: Int, path: String)]) {
        do {
            try ingestor.ingest(files: batch.map(\.path)) { [self] event in handle(event) }
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
        let stored = state.withLock { state in
            for item in batch { state.paths[item.path] = nil }
            return batch.contains { state.jobs[$0.id]?.state == .stored }
        }
        for item in batch { originals.removeStaging(job: item.id) }
        if stored { changed() }
        state.withLock { $0.running = false }
    }

    private func update(_ id: Int, _ change: (inout UploadJob) -> Void) {
        state.withLock { state in
            if var job = state.jobs[id] {
                change(&job)
                state.jobs[id] = job
            }
        }
    }

    private func handle(_ event: IngestEvent) {
        guard let id = state.withLock({ $0.paths[event.path] }) else { return }
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
