/// What ``ArchiveStore/store(_:text:)`` did with a document.
public enum StoreOutcome: Sendable, Hashable {
    /// Stored as a new document (`version` 1) or as a new version of the file at the same path,
    /// replacing document `supersedes` in searches (the old row is kept). `copyOf` is set when the
    /// document is another scan of an archived one (same number, issuer and date): the group's first.
    case stored(id: Int64, version: Int, supersedes: Int64?, copyOf: Int64? = nil)
    /// The same content (sha256) is already archived as document `existingID`; nothing was written.
    case duplicate(existingID: Int64)

    /// The archived document's id, new or existing.
    public var documentID: Int64 {
        switch self {
        case .stored(let id, _, _, _): id
        case .duplicate(let id): id
        }
    }

    /// The first document of the copy group a new document joined, if any.
    public var copyOf: Int64? {
        if case .stored(_, _, _, let copyOf) = self { copyOf } else { nil }
    }
}
