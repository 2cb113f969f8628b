/// What happened to one file during an ingest, as the progress display and JSON lines report it.
public enum IngestEvent: Sendable, Hashable {
    /// Stored as document `id` (`version` > 1 when it replaced an older file at the same path);
    /// `copyOf` when it is another scan of an archived document (same number, issuer and date);
    /// `notices` are the parser's points to check, in Vietnamese.
    case stored(path: String, id: Int64, pages: Int, version: Int, number: String?, copyOf: Int64? = nil, notices: [String] = [])
    /// The same content was already archived as document `existingID`; no OCR was done.
    case alreadyArchived(path: String, existingID: Int64?)
    /// The file could not be read, recognised or stored; the reason is one line.
    case failed(path: String, reason: String)

    /// The file concerned.
    public var path: String {
        switch self {
        case .stored(let path, _, _, _, _, _, _), .alreadyArchived(let path, _), .failed(let path, _): path
        }
    }
}
