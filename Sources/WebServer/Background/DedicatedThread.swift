import Foundation
import ServiceLifecycle
import Synchronization

/// Blocking work (OCR: seconds per page, with threads of its own) run on a thread of its own, so
/// it never holds one of the few threads the server's async tasks share.
enum DedicatedThread {
    /// Runs `work` on a new thread and waits for its result.
    ///
    /// When the service is stopping (graceful shutdown, SIGTERM or Ctrl-C) or the task is
    /// cancelled, the wait is given up: the thread is left to finish, or to end with the process.
    /// Each document is stored in one transaction, so nothing is left half-written.
    /// - Parameters:
    ///   - name: the thread's name, for debuggers.
    ///   - work: the blocking work.
    /// - Returns: what `work` returned, or `nil` when the wait was given up.
    static func run<T: Sendable>(name: String, _ work: @escaping @Sendable () -> T) async -> T? {
        let handoff = Handoff<T>()
        return await withTaskCancellationOrGracefulShutdownHandler {
            await withCheckedContinuation { continuation in
                guard handoff.wait(continuation) else { return }
                let thread = Thread { handoff.deliver(work()) }
                thread.name = name
                thread.stackSize = 8 << 20  // tesseract recurses deeply on some layouts
                thread.start()
            }
        } onCancelOrGracefulShutdown: {
            handoff.giveUp()
        }
    }

    /// Waits for `task`'s value, unless the service is stopping or the waiting task is cancelled
    /// first: the wait is then given up and `task` left to finish, or to end with the process.
    /// - Returns: the task's value, or `nil` when the wait was given up.
    static func wait<T: Sendable>(for task: Task<T, Never>) async -> T? {
        let handoff = Handoff<T>()
        return await withTaskCancellationOrGracefulShutdownHandler {
            await withCheckedContinuation { continuation in
                guard handoff.wait(continuation) else { return }
                Task { handoff.deliver(await task.value) }
            }
        } onCancelOrGracefulShutdown: {
            handoff.giveUp()
        }
    }
}

/// Hands one result from a thread to the task waiting for it, exactly once, unless the task gave up.
private final class Handoff<T: Sendable>: Sendable {
    private enum State {
        case idle
        case waiting(CheckedContinuation<T?, Never>)
        case gaveUp
        case finished
    }

    private let state = Mutex(State.idle)

    /// Parks the waiting task; `false` (and resumed with `nil`) when it already gave up.
    func wait(_ continuation: CheckedContinuation<T?, Never>) -> Bool {
        let gaveUp = state.withLock { state in
            if case .gaveUp = state { return true }
            state = .waiting(continuation)
            return false
        }
        if gaveUp { continuation.resume(returning: nil) }
        return !gaveUp
    }

    /// The thread's result, for the waiting task if it still waits.
    func deliver(_ value: T) {
        take()?.resume(returning: value)
    }

    /// Stops waiting: the waiting task is resumed with `nil`.
    func giveUp() {
        take(gaveUp: true)?.resume(returning: nil)
    }

    private func take(gaveUp: Bool = false) -> CheckedContinuation<T?, Never>? {
        state.withLock { state in
            switch state {
            case .waiting(let continuation):
                state = .finished
                return continuation
            case .idle:
                if gaveUp { state = .gaveUp }
                return nil
            case .gaveUp, .finished:
                return nil
            }
        }
    }
}
