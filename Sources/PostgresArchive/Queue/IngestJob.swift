public import Foundation

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
