import NIOCore
import Synchronization

/// Per-connection limits Hummingbird does not have: a cap on open connections and a deadline for
/// the first request's header (a client that connects and sends nothing, or trickles its header,
/// is closed). With the HTTP/1 idle timeout, 1,100 idle connections no longer lock every client out.
///
/// Added to every connection's pipeline after the HTTP decoder
/// (`HTTP1Channel.Configuration.additionalChannelHandlers`): a read reaching it means a complete
/// request header has been decoded.
final class ConnectionGuard: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = Never

    /// Open connections, shared by every connection's guard.
    final class Counter: Sendable {
        private let open = Mutex(0)
        let limit: Int

        init(limit: Int) {
            self.limit = limit
        }

        /// Counts a new connection; `false` when it goes over the limit (it is not counted then).
        func enter() -> Bool {
            open.withLock { open in
                guard open < limit else { return false }
                open += 1
                return true
            }
        }

        func leave() {
            open.withLock { $0 -= 1 }
        }

        var current: Int { open.withLock { $0 } }
    }

    private let counter: Counter
    private let headerTimeout: TimeAmount
    private var counted = false
    private var deadline: Scheduled<Void>?

    init(counter: Counter, headerTimeout: TimeAmount) {
        self.counter = counter
        self.headerTimeout = headerTimeout
    }

    func handlerAdded(context: ChannelHandlerContext) {
        counted = counter.enter()
        guard counted else {
            context.close(promise: nil)
            return
        }
        let channel = context.channel
        deadline = context.eventLoop.scheduleTask(in: headerTimeout) { channel.close(promise: nil) }
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        // The first request's header is complete: the idle timeout takes over from here.
        deadline?.cancel()
        deadline = nil
        context.fireChannelRead(data)
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        deadline?.cancel()
        deadline = nil
        if counted {
            counted = false
            counter.leave()
        }
    }
}
