import CTesseract
import Foundation
import Synchronization

/// Recognises scanned files with a pool of tesseract engines, one per worker, spreading pages
/// across workers.
///
/// ```swift
/// let processor = OCRProcessor(options: OCROptions(jobs: 2))
/// let summary = try processor.run(files: ["scan.pdf", "photo.jpg"]) { result in
///     switch result {
///     case .success(let document): print(document.pages.map(\.text).joined())
///     case .failure(let error): print(error)   // "photo.jpg: the JPEG file is truncated"
///     }
/// }
/// ```
public struct OCRProcessor: Sendable {
    public let options: OCROptions
    /// Called as each page of a file is recognised: the file, pages done, pages in the file (long
    /// files show progress instead of minutes of silence).
    public var pageProgress: (@Sendable (_ path: String, _ done: Int, _ total: Int) -> Void)?
    /// Engines kept between runs (``keepingEngines()``); `nil`: every run starts its own.
    private var engines: EnginePool?

    /// Creates a processor; engines are created when `run` starts.
    public init(options: OCROptions = OCROptions(), pageProgress: (@Sendable (_ path: String, _ done: Int, _ total: Int) -> Void)? = nil) {
        self.options = options
        self.pageProgress = pageProgress
    }

    /// This processor, keeping its engines between runs instead of starting new ones for every
    /// `run` (a worker recognising one file per run: the language model is loaded once per
    /// engine, not once per file). Results are the same: an engine already reads page after page.
    public func keepingEngines() -> OCRProcessor {
        var kept = self
        kept.engines = EnginePool()
        return kept
    }

    /// Recognises `files` (already expanded; see `InputCollector`). `handler` is called once per
    /// file, in input order, with its pages or the reason it failed; a failed file never stops
    /// the others.
    /// - Parameter searchablePDF: when given, also writes every page, in order, to this PDF with an
    ///   invisible text layer (tesseract's PDF renderer). Pages are then recognised one at a time
    ///   on one engine, since the renderer needs them in order.
    /// - Throws: `OCRError` when no engine can be started (language model missing) or the
    ///   searchable PDF cannot be written.
    public func run(files: [String], searchablePDF: String? = nil, handler: @escaping @Sendable (Result<RecognizedDocument, OCRError>) -> Void) throws
    {
        vanthu_lept_silence()
        let collector = ResultCollector(fileCount: files.count, handler: handler, progress: pageProgress)
        let queue = PageJobQueue(files: files, reader: ImageReader(limits: options.limits), collector: collector, maxPages: options.maxPages)
        if let searchablePDF {
            let worker = try PageWorker(options: options)
            try withRenderer(path: searchablePDF) { renderer in
                Self.drain(queue, collector, worker, renderer: renderer)
            }
            return
        }
        // One dedicated thread per engine; each loads its own model, in parallel, so the first
        // pages start as soon as possible.
        let workerCount = min(options.jobs, max(1, files.count * 64))
        // Engines that could not start (a missing language model), from every worker thread.
        let startFailures = Mutex<[any Error]>([])
        let finished = DispatchGroup()
        let (options, engines) = (self.options, self.engines)
        for _ in 0..<workerCount {
            finished.enter()
            let thread = Thread {
                defer { finished.leave() }
                do {
                    let worker = try engines?.take(options: options) ?? PageWorker(options: options)
                    Self.drain(queue, collector, worker, renderer: nil)
                    engines?.put(worker)
                } catch {
                    startFailures.withLock { $0.append(error) }
                }
            }
            thread.stackSize = 8 << 20  // tesseract recurses deeply on some layouts
            thread.start()
        }
        finished.wait()
        let failures = startFailures.withLock { $0 }
        if let error = failures.first, failures.count == workerCount {
            throw error
        }
    }

    /// Recognises one file and returns its pages.
    /// - Throws: `OCRError` naming the file and the reason.
    public func recognize(path: String) throws -> RecognizedDocument {
        // Written by the worker that finishes the file, read once every worker has stopped.
        let delivered = Mutex<Result<RecognizedDocument, OCRError>?>(nil)
        try run(files: [path]) { result in delivered.withLock { $0 = result } }
        guard let result = delivered.withLock({ $0 }) else {
            throw OCRError(.undecodable, path: path, reason: "nothing could be read")
        }
        return try result.get()
    }

    private static func drain(_ queue: PageJobQueue, _ collector: ResultCollector, _ worker: PageWorker, renderer: OpaquePointer?) {
        while let job = queue.next() {
            switch job {
            case .failure(let file, let error):
                collector.fail(file: file, path: error.path, error: error)
            case .page(let file, let path, let format, let index):
                do {
                    let page = try worker.recognize(path: path, format: format, index: index, renderer: renderer)
                    collector.add(file: file, index: index, page: page)
                } catch let error as OCRError {
                    collector.fail(file: file, path: path, error: error)
                } catch {
                    collector.fail(file: file, path: path, error: OCRError(.engine, path: path, reason: "\(error)"))
                }
            }
        }
    }

    /// Opens a tesseract PDF renderer at `path`, runs `body`, and finishes the file.
    private func withRenderer(path: String, body: (OpaquePointer) -> Void) throws {
        let base = path.hasSuffix(".pdf") ? String(path.dropLast(4)) : path
        let dataPath = options.dataPath ?? TesseractEngine.defaultDataPath
        guard let renderer = TessPDFRendererCreate(base, dataPath, 0) else {
            throw OCRError(.output, path: path, reason: "the searchable PDF cannot be created")
        }
        defer { TessDeleteResultRenderer(renderer) }
        guard TessResultRendererBeginDocument(renderer, "vanthu") != 0 else {
            throw OCRError(.output, path: path, reason: "the searchable PDF cannot be written (is the folder writable?)")
        }
        body(renderer)
        guard TessResultRendererEndDocument(renderer) != 0 else {
            throw OCRError(.output, path: path, reason: "the searchable PDF could not be finished")
        }
    }
}
