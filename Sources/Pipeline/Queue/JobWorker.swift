public import Archive
import DocumentParser
import Foundation
public import OCR
public import PostgresArchive
import Synchronization

/// Processes one claimed job of the PostgreSQL ingest queue: its file from the database to a
/// temporary folder, OCR and parse on this machine, then the document stored
/// (`PostgresDocumentArchive.store(_:text:words:on:)`) in the transaction that marks the job
/// done. A heartbeat keeps the lease while it works. `vanthu worker` runs it, and so does
/// `vanthu serve` on a PostgreSQL archive (its in-process worker).
///
/// ```swift
/// let worker = JobWorker(queue: queue, name: IngestQueue.workerName(), lease: .seconds(60), ocr: OCROptions())
/// if let job = try await queue.claim(worker: worker.name, lease: worker.lease) {
///     print(await worker.process(job).line)
/// }
/// ```
public struct JobWorker: Sendable {
    /// What became of a job, for the worker's output.
    public enum Outcome: Sendable {
        /// Stored (or recognised as already archived) and marked done.
        case done(job: IngestJob, outcome: StoreOutcome, pages: Int)
        /// Failed; `state` says whether it was queued again or given up.
        case failed(job: IngestJob, code: String, reason: String, state: JobState)
        /// The lease was lost (or the failure could not be recorded): another worker has or will have the job.
        case lost(job: IngestJob, reason: String)

        /// One line for the output.
        public var line: String {
            switch self {
            case .done(let job, .stored(let id, let version, _, let copyOf), let pages):
                "stored #\(id) from job #\(job.id): \(FileName.display(job.sourcePath)) (\(pages) pages\(version > 1 ? ", version \(version)" : "")\(copyOf.map { ", copy of #\($0)" } ?? ""))"
            case .done(let job, .duplicate(let existing), _):
                "already archived as #\(existing) (job #\(job.id)): \(FileName.display(job.sourcePath))"
            case .failed(let job, let code, let reason, let state):
                "\(state == .queued ? "failed, will retry" : "failed") job #\(job.id) attempt \(job.attempt)/\(job.maxAttempts): \(FileName.display(job.sourcePath)) [\(code)]: \(reason)"
            case .lost(let job, let reason):
                "gave up job #\(job.id): \(FileName.display(job.sourcePath)): \(reason)"
            }
        }

        /// Whether the file was not stored.
        public var isFailure: Bool {
            if case .done = self { return false }
            return true
        }
    }

    /// The queue the jobs come from.
    public let queue: IngestQueue
    /// This worker's name (claims and `vanthu jobs` show it).
    public let name: String
    /// How long a claim holds without a heartbeat.
    public let lease: Duration
    let loader: DocumentLoader
    let parser = DocumentParser()

    /// Creates a worker.
    /// - Parameters:
    ///   - queue: The queue to take jobs from.
    ///   - name: The worker's name (``IngestQueue/workerName()``).
    ///   - lease: How long a claim holds without a heartbeat (extended every third of it).
    ///   - ocr: How scans are recognised.
    ///   - pageProgress: Called as each page of a scan is recognised (file, done, total).
    public init(
        queue: IngestQueue,
        name: String,
        lease: Duration,
        ocr: OCROptions,
        pageProgress: (@Sendable (_ path: String, _ done: Int, _ total: Int) -> Void)? = nil
    ) {
        self.queue = queue
        self.name = name
        self.lease = lease
        // One engine for all the worker's jobs, as `vanthu ingest` has for all its files: without it
        // every job loaded the language model and the digit classifier again.
        loader = DocumentLoader(ocr: OCRProcessor(options: ocr, pageProgress: pageProgress).keepingEngines())
    }

    /// Claims the oldest waiting job for this worker, if any (``IngestQueue/claim(worker:lease:)``).
    /// - Throws: ``PostgresArchiveError``.
    public func claim() async throws -> IngestJob? {
        try await queue.claim(worker: name, lease: lease)
    }

    /// Processes `job` while a child task extends its lease every third of it.
    /// - Returns: What became of the job; failures are recorded in the queue, not thrown.
    public func process(_ job: IngestJob) async -> Outcome {
        var timings = JobTimings()
        return await process(job, timings: &timings)
    }

    /// Processes `job` (``process(_:)``), adding how long each of its steps took to `timings`.
    /// - Returns: What became of the job; failures are recorded in the queue, not thrown.
    public func process(_ job: IngestJob, timings: inout JobTimings) async -> Outcome {
        let (queue, lease) = (queue, lease)
        let (outcome, measured) = await withTaskGroup(of: Void.self, returning: (Outcome, JobTimings).self) { [timings] group in
            group.addTask {
                while true {
                    do { try await Task.sleep(for: lease / 3) } catch { return }
                    do {
                        try await queue.heartbeat(job, lease: lease)
                    } catch let error as PostgresArchiveError where error.code == .leaseLost {
                        return  // the completion will be refused too
                    } catch {
                        continue  // a passing network failure: try again next time
                    }
                }
            }
            var local = timings
            let outcome = await work(job, timings: &local)
            group.cancelAll()
            return (outcome, local)
        }
        timings = measured
        return outcome
    }

    private func work(_ job: IngestJob, timings: inout JobTimings) async -> Outcome {
        let bytes: Data
        do {
            bytes = try await timings.time(.fetch) { try await queue.fileBytes(sha256: job.sha256) }
        } catch {
            return await fail(job, error: error, retry: true)
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vanthu-worker-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent(Self.fileName(of: job.sourcePath)).path
        do {
            try await timings.time(.temporaryFile) {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                try bytes.write(to: URL(fileURLWithPath: file))
            }
        } catch {
            return await fail(job, code: "temporary-file", reason: "the file cannot be written to \(folder.path): \(error)", retry: true)
        }
        let loaded: LoadedDocument?
        do {
            loaded = try await timings.time(.ocr) { try await LoaderThread.load(file, with: loader) }
        } catch {
            return await fail(job, code: "engine", reason: "the OCR engine cannot start: \(error)", retry: true)
        }
        guard let loaded, case .success(var text) = loaded.outcome else {
            if case .failure(let error) = loaded?.outcome {
                return await fail(job, code: error.code.description, reason: error.reason, retry: true)
            }
            return await fail(job, code: "not-loaded", reason: "the file was not read", retry: true)
        }
        text.path = job.sourcePath  // the path it was enqueued from, not the temporary copy
        let (parsed, words) = await timings.time(.parse) {
            (parser.parse(text), loaded.recognized.map(PageWordsTranslation.pages(of:)) ?? [])
        }
        let pages = text.pages.count
        do {
            let outcome = try await timings.time(.store) {
                try await queue.complete(job, pages: pages) { [text] connection in
                    try await PostgresDocumentArchive.store(parsed, text: text, words: words, on: connection)
                }
            }
            return .done(job: job, outcome: outcome, pages: pages)
        } catch let error as PostgresArchiveError where error.code == .leaseLost {
            return .lost(job: job, reason: error.description)
        } catch {
            return await fail(job, error: error, retry: true)
        }
    }

    private func fail(_ job: IngestJob, error: any Error, retry: Bool) async -> Outcome {
        let code =
            switch error {
            case let error as PostgresArchiveError: error.code.description
            case let error as ArchiveError: error.code.description
            default: "error"
            }
        return await fail(job, code: code, reason: "\(error)", retry: retry)
    }

    private func fail(_ job: IngestJob, code: String, reason: String, retry: Bool) async -> Outcome {
        do {
            let state = try await queue.fail(job, code: code, message: reason, retry: retry)
            return .failed(job: job, code: code, reason: reason, state: state)
        } catch {
            return .lost(job: job, reason: "\(reason); the failure could not be recorded: \(error)")
        }
    }

    /// The name the temporary copy gets: the original's last component (its name and extension
    /// are evidence for the loader and the parser), or `file` when there is none.
    public static func fileName(of path: String) -> String {
        let last = path.split(separator: "/").last.map(String.init) ?? ""
        return last.isEmpty || last == "." || last == ".." ? "file" : last
    }
}

/// Runs the loader on a thread of its own (OCR blocks for seconds; the cooperative pool and the
/// heartbeat must keep running).
enum LoaderThread {
    /// Loads one file.
    /// - Returns: The loaded file (`nil` if the loader reported nothing, which it never should).
    /// - Throws: only when the OCR engine cannot start.
    static func load(_ path: String, with loader: DocumentLoader) async throws -> LoadedDocument? {
        try await withCheckedThrowingContinuation { continuation in
            let thread = Thread {
                let slot = Slot()
                do {
                    try loader.load(files: [path]) { document in slot.value.withLock { $0 = document } }
                } catch {
                    continuation.resume(throwing: error)
                    return
                }
                continuation.resume(returning: slot.value.withLock { $0 })
            }
            thread.name = "vanthu-worker-load"
            thread.stackSize = 8 << 20  // tesseract recurses deeply on some layouts
            thread.start()
        }
    }

    /// The loaded document handed from the loader's callback to the thread.
    private final class Slot: Sendable {
        let value = Mutex<LoadedDocument?>(nil)
    }
}
