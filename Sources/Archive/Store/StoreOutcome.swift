/// What ``ArchiveStore/store(_:text:)`` did with a document.
public enum StoreOutcome: Sendable, Hashable {
    /// Stored as a new document (`version` 1) or as a new version of the file at the same path,
    /// replacing document `supersedes` in searches (the old row is kept).
    case stored(id: Int64, version: Int, supersedes: Int64?)
    /// The same content (sha256) is already archived as document `existingID`; nothing was written.
    case duplicate(existingID: Int64)

    /// The archived document's id, new or existing.
    public var documentID: Int64 {
        switch self {
        case .stored(let id, _, _): id
        case .duplicate(let id): id
        }
    }
}
