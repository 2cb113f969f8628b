/// What ``IngestQueue/enqueue(path:bytes:maxAttempts:)`` did with a file.
public struct EnqueueResult: Sendable, Hashable {
    /// The job that processes the file: new, or the one already queued, running or done.
    public var jobID: Int64
    /// The file's SHA-256.
    public var sha256: String
    /// `true` when a new job was queued; `false` when the same bytes already had a live job.
    public var queued: Bool
    /// The job's state now.
    public var state: JobState
}
