import Synchronization

/// Engine workers kept between the runs of one ``OCRProcessor`` (``OCRProcessor/keepingEngines()``):
/// a process that recognises one file per run, as an ingest worker does with each job, would
/// otherwise load the language model and the digit classifier again for every file.
final class EnginePool: Sendable {
    /// A worker handed between threads: only one thread uses it at a time (taken out of the pool,
    /// used by the run's thread, put back when the run ends).
    private final class Idle: @unchecked Sendable {
        let worker: PageWorker
        init(_ worker: PageWorker) { self.worker = worker }
    }

    private let idle = Mutex<[Idle]>([])

    /// A kept worker, or a new one.
    /// - Throws: `OCRError` when a new engine cannot start.
    func take(options: OCROptions) throws -> PageWorker {
        if let kept = idle.withLock({ $0.popLast() }) { return kept.worker }
        return try PageWorker(options: options)
    }

    /// Keeps `worker` for the next run, its open file closed.
    func put(_ worker: PageWorker) {
        worker.closeFile()
        let kept = Idle(worker)
        idle.withLock { $0.append(kept) }
    }
}
