import Foundation
import PostgresNIO
import Synchronization

/// Wakes an idle worker (`vanthu worker`, the in-process worker of `vanthu serve`) when a file is queued: a connection of its own listens on
/// `vanthu_jobs` (``IngestQueue/channel``); the worker looks at the queue when notified or every
/// few seconds anyway (a lost connection costs only latency).
public final class QueueWakeup: Sendable {
    /// Set by a notification, cleared by ``wait(seconds:unless:)``.
    private final class Flag: Sendable {
        let value = Mutex(false)
    }

    private let notified = Flag()
    private let listener: Task<Void, Never>

    /// Starts listening on `location`'s queue channel.
    /// - Parameter location: The database the queue is in.
    public init(location: PostgresLocation) {
        let notified = self.notified
        listener = Task {
            let logger = PostgresMigrator.quiet
            guard let configuration = try? location.connectionConfiguration(),
                let connection = try? await PostgresConnection.connect(configuration: configuration, id: 1, logger: logger)
            else { return }
            _ = try? await connection.listen(on: IngestQueue.channel) { notifications in
                for try await _ in notifications { notified.value.withLock { $0 = true } }
            }
            try? await connection.close()
        }
    }

    /// Returns after `seconds`, or sooner when a file was queued or `stop` says so.
    /// - Parameters:
    ///   - seconds: The longest wait.
    ///   - stop: Asked four times a second; `true` ends the wait.
    public func wait(seconds: Int, unless stop: () -> Bool) async {
        let deadline = ContinuousClock.now + .seconds(seconds)
        while ContinuousClock.now < deadline, !stop() {
            if notified.value.withLock({ flag in
                defer { flag = false }
                return flag
            }) {
                return
            }
            do { try await Task.sleep(for: .milliseconds(250)) } catch { return }
        }
    }

    /// Stops listening.
    public func cancel() { listener.cancel() }
}
