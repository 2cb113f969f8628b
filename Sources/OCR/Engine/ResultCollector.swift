import Synchronization

/// Gathers recognised pages from the workers and hands each finished file to the caller, in input
/// order, exactly once.
final class ResultCollector: Sendable {
    typealias Handler = @Sendable (Result<RecognizedDocument, OCRError>) -> Void

    private struct FileState {
        var path: String
        var format: InputFormat?
        var expected: Int?
        var pages: [Int: RecognizedPage] = [:]
        var error: OCRError?
        var isComplete: Bool { error != nil || (expected.map { pages.count == $0 } ?? false) }
    }

    /// The files not yet delivered, and the next one to deliver.
    private struct State {
        var files: [Int: FileState] = [:]
        var nextToDeliver = 0
    }

    private let state = Mutex(State())
    private let handler: Handler
    private let fileCount: Int
    private let progress: (@Sendable (String, Int, Int) -> Void)?

    init(fileCount: Int, handler: @escaping Handler, progress: (@Sendable (String, Int, Int) -> Void)? = nil) {
        self.fileCount = fileCount
        self.handler = handler
        self.progress = progress
    }

    func expect(file: Int, path: String, format: InputFormat, pages: Int) {
        state.withLock { state in
            state.files[file, default: FileState(path: path)].format = format
            state.files[file, default: FileState(path: path)].expected = pages
        }
    }

    func hasFailed(file: Int) -> Bool {
        state.withLock { $0.files[file]?.error != nil }
    }

    func add(file: Int, index: Int, page: RecognizedPage) {
        state.withLock { state in
            state.files[file]?.pages[index] = page
            if let progress, let current = state.files[file], let expected = current.expected, current.error == nil {
                progress(current.path, current.pages.count, expected)
            }
            deliverReady(&state)
        }
    }

    /// Records the first error of a file; later pages of it are skipped.
    func fail(file: Int, path: String, error: OCRError) {
        state.withLock { state in
            guard file >= state.nextToDeliver else { return }
            if state.files[file]?.error == nil {
                state.files[file, default: FileState(path: path)].error = error
            }
            deliverReady(&state)
        }
    }

    /// Delivers, in order, every file whose pages are all in. Called with the lock held, so the
    /// handler sees files one at a time.
    private func deliverReady(_ state: inout State) {
        while state.nextToDeliver < fileCount, let file = state.files[state.nextToDeliver], file.isComplete {
            if let error = file.error {
                handler(.failure(error))
            } else {
                let pages = file.pages.keys.sorted().compactMap { file.pages[$0] }
                handler(.success(RecognizedDocument(path: file.path, format: file.format ?? .pdf, pages: pages)))
            }
            state.files[state.nextToDeliver] = nil
            state.nextToDeliver += 1
        }
    }
}
