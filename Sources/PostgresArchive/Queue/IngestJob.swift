import Foundation

/// Where a job is in its life.
public enum JobState: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// Waiting for a worker.
    case queued
    /// Claimed by a worker whose lease runs until `lease_until`.
    case running
    /// Stored in the archive.
    case done
    /// Given up after its last attempt; the reason is kept.
    case failed

    /// The state's name, as stored.
    public var description: String { rawValue }
}

/// A job a worker has claimed: the file to process and the fence that proves the claim.
///
/// The fence is (``id``, ``worker``, ``attempt``): a heartbeat, a completion or a failure counts
/// only while the job is still running under that worker and attempt. A worker whose lease
/// expired and whose job was claimed again (attempt + 1) is refused.
public struct IngestJob: Sendable, Hashable {
    /// The job's number.
    public var id: Int64
    /// The SHA-256 of the file (64 lowercase hex digits); its bytes come from
    /// ``IngestQueue/fileBytes(sha256:)``.
    public var sha256: String
    /// The path the file was enqueued from (for messages; the worker reads the bytes from the database).
    public var sourcePath: String
    /// The worker holding the lease.
    public var worker: String
    /// Which attempt this is, from 1.
    public var attempt: Int
    /// How many attempts the job gets before it fails for good.
    public var maxAttempts: Int
    /// When the lease runs out unless a heartbeat extends it (server time).
    public var leaseUntil: Date
}

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
