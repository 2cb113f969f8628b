public import Foundation

/// What the queue looks like now: counts per state, the running and failed jobs, and each
/// worker's recent throughput (what `vanthu jobs` prints).
public struct QueueStatus: Sendable, Hashable {
    /// A job being processed.
    public struct RunningJob: Sendable, Hashable {
        /// The job's number.
        public var id: Int64
        /// The path it was enqueued from.
        public var sourcePath: String
        /// The worker holding it.
        public var worker: String
        /// Which attempt this is.
        public var attempt: Int
        /// When the attempt started.
        public var startedAt: Date
        /// When its lease runs out.
        public var leaseUntil: Date
    }

    /// A job given up, with its reason.
    public struct FailedJob: Sendable, Hashable {
        /// The job's number.
        public var id: Int64
        /// The path it was enqueued from.
        public var sourcePath: String
        /// The file's SHA-256.
        public var sha256: String
        /// How many attempts were made.
        public var attempts: Int
        /// The reason's code (`ocr-failed`, `worker-lost`, …).
        public var errorCode: String
        /// The reason, for the office.
        public var errorMessage: String
        /// The last worker that tried it.
        public var worker: String?
        /// When it was given up.
        public var finishedAt: Date?
    }

    /// One worker's throughput over the window.
    public struct WorkerRate: Sendable, Hashable {
        /// The worker's name.
        public var worker: String
        /// Files it finished in the window.
        public var files: Int
        /// Pages of those files.
        public var pages: Int
        /// Seconds from the first start to the last finish of those files.
        public var seconds: Double

        /// Pages per second while it worked (0 when it finished nothing).
        public var pagesPerSecond: Double { seconds > 0 ? Double(pages) / seconds : 0 }
    }

    /// Jobs waiting.
    public var queued: Int
    /// Jobs being processed.
    public var running: Int
    /// Jobs stored.
    public var done: Int
    /// Jobs given up.
    public var failed: Int
    /// The running jobs, oldest first.
    public var runningJobs: [RunningJob]
    /// The failed jobs, most recent first.
    public var failedJobs: [FailedJob]
    /// Throughput per worker, by name.
    public var workers: [WorkerRate]
    /// How far back ``workers`` looks.
    public var window: Duration
}
