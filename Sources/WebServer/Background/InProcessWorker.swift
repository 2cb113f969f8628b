import Pipeline
import PostgresArchive
import ServiceLifecycle

/// The worker `vanthu serve` runs beside its pages on a PostgreSQL archive (unless told not to),
/// so an office with one server needs no `vanthu worker`: it claims jobs of the database's queue
/// one at a time, as `vanthu worker` does, and wakes when a file is queued.
///
/// On graceful shutdown the wait for the current file is given up: its lease runs out and
/// another worker (or this server, started again) takes the job; nothing is half-stored, since a
/// document is stored in the transaction that marks its job done.
struct InProcessWorker: Sendable {
    let worker: JobWorker
    /// The database, for the wake-up connection (`LISTEN`).
    let location: PostgresLocation
    /// Seconds between looks at an empty queue.
    let poll: Int
    /// Called after a document was stored (to refresh cached facets).
    let changed: @Sendable () -> Void

    /// Takes jobs until the service stops.
    func run() async {
        let wakeup = QueueWakeup(location: location)
        defer { wakeup.cancel() }
        let stopping = { Task.isShuttingDownGracefully || Task.isCancelled }
        while !stopping() {
            // A failed claim (the database restarting) is a passing failure: look again later.
            guard let job = try? await worker.claim() else {
                await wakeup.wait(seconds: poll, unless: stopping)
                continue
            }
            let processing = Task { await worker.process(job) }
            guard let outcome = await DedicatedThread.wait(for: processing) else { return }
            if case .done = outcome { changed() }
        }
    }
}
