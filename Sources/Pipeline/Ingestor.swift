public import Archive
public import DocumentParser
public import OCR

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
    /// - Throws: only when the OCR engine cannot start at all; a bad file is an event, not an error.
    public func ingest(files: [String], events: @escaping @Sendable (IngestEvent) -> Void) throws {
        let archive = self.archive
        let parser = self.parser
        try loader.load(
            files: files,
            skip: { _, sha256 in (try? archive.contains(sha256: sha256)) ?? false },
            handler: { loaded in
                switch loaded.outcome {
                case nil:
                    events(.alreadyArchived(path: loaded.path, existingID: try? archive.documentID(sha256: loaded.sha256)))
                case .failure(let error):
                    events(.failed(path: loaded.path, reason: error.reason))
                case .success(let text):
                    let parsed = parser.parse(text)
                    do {
                        switch try archive.store(parsed, text: text) {
                        case .stored(let id, let version, _, let copyOf):
                            if let recognized = loaded.recognized, let words = archive as? any PageWordStore {
                                // Word boxes serve the page images only: a failure here loses no text.
                                try? words.storeWords(documentID: id, pages: PageWordsTranslation.pages(of: recognized))
                            }
                            // The archive's own notices too: a "Căn cứ" instrument it knows was replaced.
                            let notices = (archive as? SQLiteArchive).flatMap { try? $0.detail(id: id)?.notices } ?? parsed.notices
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
        )
    }
}
