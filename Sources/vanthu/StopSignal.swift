import Dispatch
import Foundation
import Synchronization

/// SIGTERM and SIGINT asking a long-running command (`vanthu worker`) to stop after what it is
/// doing: the first signal sets ``requested``; the command checks it between jobs. Their default
/// handling comes back when the value is released.
final class StopSignal: Sendable {
    /// Set once, by the first signal.
    private final class Flag: Sendable {
        let value = Mutex(false)
    }

    private let flag = Flag()
    /// Set once in `init`, cancelled in `deinit`; never touched otherwise.
    nonisolated(unsafe) private let sources: [any DispatchSourceSignal]

    /// Catches SIGTERM and SIGINT from now on (they no longer end the process at once).
    /// - Parameter message: Printed on standard error when the first signal arrives.
    init(message: String) {
        let flag = self.flag
        sources = [SIGTERM, SIGINT].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                let first = flag.value.withLock { requested in
                    defer { requested = true }
                    return !requested
                }
                if first { Output.error(message) }
            }
            source.resume()
            return source
        }
    }

    /// Restores the default handling of the signals (a test process goes on as before).
    deinit {
        for source in sources { source.cancel() }
        signal(SIGTERM, SIG_DFL)
        signal(SIGINT, SIG_DFL)
    }

    /// Whether a stop was asked for.
    var requested: Bool { flag.value.withLock { $0 } }
}
