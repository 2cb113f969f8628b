/// Takes files to the archive and says what became of each: the seam between the web server's
/// upload queue and the OCR → parser → archive pipeline. Its one call blocks: the queue runs each
/// batch on a thread of its own.
///
/// ``Ingestor`` is the real one; a test hands the web server a stand-in that reports events
/// without OCR.
///
/// ```swift
/// struct AlwaysFails: DocumentIngesting {
///     func ingest(files: [String], events: @escaping @Sendable (IngestEvent) -> Void) throws {
///         for file in files { events(.failed(path: file, reason: "not today")) }
///     }
/// }
/// ```
public protocol DocumentIngesting: Sendable {
    /// Ingests `files` in order, reporting one event per file.
    /// - Parameters:
    ///   - files: the files to ingest (already expanded from folders).
    ///   - events: called once per file, in input order, possibly from another thread.
    /// - Throws: only when nothing can be ingested at all (the OCR engine cannot start); a bad file
    ///   is an event, not an error.
    func ingest(files: [String], events: @escaping @Sendable (IngestEvent) -> Void) throws
}

extension Ingestor: DocumentIngesting {
    /// The async ``Ingestor/ingest(files:events:)-(_,_)`` run to its end, blocking the calling
    /// thread: for the upload queue, which runs each batch on a thread of its own. Never call it
    /// from an async task, whose few shared threads it would hold.
    /// - Throws: only when the OCR engine cannot start at all.
    public func ingest(files: [String], events: @escaping @Sendable (IngestEvent) -> Void) throws {
        try Blocking.wait { try await self.ingest(files: files, events: events) }
    }
}
