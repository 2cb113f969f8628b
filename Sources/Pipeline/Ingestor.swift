public import Archive
public import DocumentParser
import Foundation
public import OCR
import Synchronization

/// Files in, archived documents out: OCR (for scans) → parser → archive, one transaction per
/// document.
///
/// Content already archived (same SHA-256) is skipped before any OCR, so an ingest that was
/// killed half-way simply continues where it stopped when run again: every document it had
/// finished is in the archive whole, and none is half-written.
///
/// ```swift
/// let ingestor = Ingestor(archive: try SQLiteArchive(path: "Indexes/archive.sqlite"), ocr: OCROptions())
/// try ingestor.ingest(files: InputCollector.collect(["Corpus/"]).files) { event in print(event) }
/// ```
public struct Ingestor: Sendable {
    public let archive: any ArchiveStore
    public let loader: DocumentLoader
    public let parser: DocumentParser

    /// Creates an ingestor writing to `archive`.
    /// - Parameter pageProgress: called as each page of a scan is recognised (file, done, total).
    public init(
        archive: any ArchiveStore,
        ocr: OCROptions = OCROptions(),
        parser: DocumentParser = DocumentParser(),
        pageProgress: (@Sendable (_ path: String, _ done: Int, _ total: Int) -> Void)? = nil
    ) {
        self.archive = archive
        loader = DocumentLoader(ocr: OCRProcessor(options: ocr, pageProgress: pageProgress))
        self.parser = parser
    }

    /// Ingests `files` in order, reporting one event per file.
    ///
    /// The files are read (and scans recognised) on a thread of their own, as fast as the OCR
    /// engines go; each loaded document is parsed and stored here, in input order, awaiting the
    /// archive (SQLite or a database server).
    /// - Throws: only when the OCR engine cannot start at all; a bad file is an event, not an error.
    public func ingest(files: [String], events: @escaping @Sendable (IngestEvent) -> Void) async throws {
        let archive = self.archive
        let loader = self.loader
        let (loaded, continuation) = AsyncStream<LoadedDocument>.makeStream()
        let failure = LoadFailure()
        let thread = Thread {
            do {
                try loader.load(
                    files: files,
                    skip: { _, sha256 in (try? Blocking.wait { try await archive.contains(sha256: sha256) }) ?? false },
                    handler: { continuation.yield($0) }
                )
            } catch {
                failure.record(error)
            }
            continuation.finish()
        }
        thread.name = "vanthu-ingest-load"
        thread.stackSize = 8 << 20  // tesseract recurses deeply on some layouts
        thread.start()
        for await document in loaded {
            await store(document, events: events)
        }
        if let error = failure.error { throw error }
    }

    /// Parses and stores one loaded file, reporting what became of it.
    private func store(_ loaded: LoadedDocument, events: @Sendable (IngestEvent) -> Void) async {
        switch loaded.outcome {
        case nil:
            events(.alreadyArchived(path: loaded.path, existingID: try? await archive.documentID(sha256: loaded.sha256)))
        case .failure(let error):
            events(.failed(path: loaded.path, reason: error.reason))
        case .success(let text):
            let parsed = parser.parse(text)
            do {
                switch try await archive.store(parsed, text: text) {
                case .stored(let id, let version, _, let copyOf):
                    if let recognized = loaded.recognized {
                        // Word boxes serve the page images only: a failure here loses no text.
                        try? await archive.storeWords(documentID: id, pages: PageWordsTranslation.pages(of: recognized))
                    }
                    // The archive's own notices too: a "Căn cứ" instrument it knows was replaced.
                    let notices = (try? await archive.detail(id: id)?.notices) ?? parsed.notices
                    events(
                        .stored(
                            path: loaded.path,
                            id: id,
                            pages: text.pages.count,
                            version: version,
                            number: parsed.number?.text,
                            copyOf: copyOf,
                            notices: notices.map(\.vietnamese)
                        )
                    )
                case .duplicate(let existing):
                    events(.alreadyArchived(path: loaded.path, existingID: existing))
                }
            } catch {
                events(.failed(path: loaded.path, reason: "\(error)"))
            }
        }
    }
}

/// The error that stopped the loader thread, for the task awaiting its documents.
private final class LoadFailure: Sendable {
    private let stored = Mutex<(any Error)?>(nil)

    var error: (any Error)? { stored.withLock { $0 } }

    func record(_ error: any Error) { stored.withLock { $0 = error } }
}
