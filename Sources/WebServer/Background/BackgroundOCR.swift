import ServiceLifecycle

/// The server's OCR work, run beside the HTTP server as a service of the application (see
/// ``WebApp/services``): uploads to ingest (the in-memory queue of an SQLite archive, or the
/// in-process worker on a PostgreSQL archive's queue) and searchable PDFs to make, each lane a
/// queue taken one item at a time. It stops with the application (SIGTERM, Ctrl-C), after the
/// HTTP server has answered the requests it had.
struct BackgroundOCR: Service {
    /// The uploads of an SQLite archive.
    let uploads: UploadQueue?
    /// The in-process worker of a PostgreSQL archive, unless turned off.
    let worker: InProcessWorker?
    let searchablePDFs: SearchablePDFQueue

    /// Runs the lanes until graceful shutdown.
    func run() async {
        await withDiscardingTaskGroup { group in
            if let uploads { group.addTask { await uploads.run() } }
            if let worker { group.addTask { await worker.run() } }
            group.addTask { await searchablePDFs.run() }
        }
    }
}
