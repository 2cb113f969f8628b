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
