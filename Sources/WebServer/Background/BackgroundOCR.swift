import ServiceLifecycle

/// The server's OCR work, run beside the HTTP server as a service of the application (see
/// ``WebApp/services``): uploads to ingest and searchable PDFs to make, each lane a queue taken
/// one item at a time. It stops with the application (SIGTERM, Ctrl-C), after the HTTP server has
/// answered the requests it had.
struct BackgroundOCR: Service {
    let uploads: UploadQueue
    let searchablePDFs: SearchablePDFQueue

    /// Runs both queues until graceful shutdown.
    func run() async {
        await withDiscardingTaskGroup { group in
            group.addTask { await uploads.run() }
            group.addTask { await searchablePDFs.run() }
        }
    }
}
