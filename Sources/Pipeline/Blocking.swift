import Foundation
import Synchronization

/// Waits on a plain thread for async work: the archive's calls made from the OCR loader's threads,
/// which are not tasks. Never call it from an async task: it holds its thread until the work ends.
enum Blocking {
    /// Runs `operation` as a task and blocks the calling thread until it returns or throws.
    /// - Throws: what `operation` threw.
    static func wait<T: Sendable>(_ operation: @escaping @Sendable () async throws -> T) throws -> T {
        let done = DispatchSemaphore(value: 0)
        let outcome = Outcome<T>()
        Task {
            do {
                outcome.set(.success(try await operation()))
            } catch {
                outcome.set(.failure(error))
            }
            done.signal()
        }
        done.wait()
        return try outcome.get()
    }
}

/// One task's result handed to the blocked thread.
private final class Outcome<T: Sendable>: Sendable {
    private let result = Mutex<Result<T, any Error>?>(nil)

    func set(_ value: Result<T, any Error>) { result.withLock { $0 = value } }

    func get() throws -> T {
        guard let value = result.withLock({ $0 }) else { throw CancellationError() }
        return try value.get()
    }
}
