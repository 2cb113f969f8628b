import Foundation

/// Gathers recognised pages from the workers and hands each finished file to the caller, in input
/// order, exactly once.
final class ResultCollector: @unchecked Sendable {
    typealias Handler = @Sendable (Result<RecognizedDocument, OCRError>) -> Void

    private struct FileState {
        var path: String
        var format: InputFormat?
        var expected: Int?
        var pages: [Int: RecognizedPage] = [:]
        var error: OCRError?
        var isComplete: Bool { error != nil || (expected.map { pages.count == $0 } ?? false) }
    }

    private let lock = NSLock()
    private let handler: Handler
    private var states: [Int: FileState] = [:]
    private var nextToDeliver = 0
    private let fileCount: Int
    private let progress: (@Sendable (String, Int, Int) -> Void)?

    init(fileCount: Int, handler: @escaping Handler, progress: (@Sendable (String, Int, Int) -> Void)? = nil) {
        self.fileCount = fileCount
        self.handler = handler
        self.progress = progress
    }

    func expect(file: Int, path: String, format: InputFormat, pages: Int) {
        lock.lock()
        defer { lock.unlock() }
        states[file, default: FileState(path: path)].format = format
        states[file, default: FileState(path: path)].expected = pages
    }

    func hasFailed(file: Int) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        return states[file]?.error != nil
    }

    func add(file: Int, index: Int, page: RecognizedPage) {
        lock.lock()
        defer { lock.unlock() }
        states[file]?.pages[index] = page
        if let progress, let state = states[file], let expected = state.expected, state.error == nil {
            progress(state.path, state.pages.count, expected)
        }
        deliverReady()
    }

    /// Records the first error of a file; later pages of it are skipped.
    func fail(file: Int, path: String, error: OCRError) {
        lock.lock()
        defer { lock.unlock() }
        guard file >= nextToDeliver else { return }
        if states[file]?.error == nil {
            states[file, default: FileState(path: path)].error = error
        }
        deliverReady()
    }

    /// Delivers, in order, every file whose pages are all in. Called with the lock held, so the
    /// handler sees files one at a time.
    private func deliverReady() {
        while nextToDeliver < fileCount, let state = states[nextToDeliver], state.isComplete {
            if let error = state.error {
                handler(.failure(error))
            } else {
                let pages = state.pages.keys.sorted().compactMap { state.pages[$0] }
                handler(.success(RecognizedDocument(path: state.path, format: state.format ?? .pdf, pages: pages)))
            }
            states[nextToDeliver] = nil
            nextToDeliver += 1
        }
    }
}
