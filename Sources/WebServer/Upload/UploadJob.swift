/// One uploaded file on its way into the archive, as the upload page and `/api/uploads` show it.
public struct UploadJob: Sendable, Hashable, Codable {
    /// Where the file is.
    public enum State: String, Sendable, Hashable, Codable {
        /// Waiting for the ingest.
        case queued
        /// Being recognised, parsed and stored.
        case reading
        /// Stored as a new document.
        case stored
        /// The same content was already archived.
        case duplicate
        /// Refused or failed; `reason` says why.
        case failed
    }

    /// The job's number in this server run.
    public var id: Int
    /// The file name as uploaded.
    public var name: String
    /// The file's size.
    public var bytes: Int
    /// "pdf", "png", "jpeg", "tiff" or "text".
    public var format: String
    /// Pages, counted from the file's header before the ingest.
    public var pages: Int
    /// Where the file is on its way.
    public var state: State
    /// Why it failed.
    public var reason: String?
    /// The archived document (new, or the existing one for a duplicate).
    public var documentID: Int64?
    /// The document's number as read.
    public var number: String?

    /// The state in Vietnamese.
    public var stateLabel: String {
        switch state {
        case .queued: "Đang chờ"
        case .reading: "Đang nhận dạng"
        case .stored: "Đã lưu"
        case .duplicate: "Đã có trong kho"
        case .failed: "Lỗi"
        }
    }
}

extension UploadJob {
    private enum EncodingKeys: String, CodingKey {
        case id, name, bytes, format, pages, state, stateLabel, reason, documentID, number
    }

    /// Encodes every field plus `stateLabel`, which the upload page shows.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: EncodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(name, forKey: .name)
        try container.encode(bytes, forKey: .bytes)
        try container.encode(format, forKey: .format)
        try container.encode(pages, forKey: .pages)
        try container.encode(state, forKey: .state)
        try container.encode(stateLabel, forKey: .stateLabel)
        try container.encodeIfPresent(reason, forKey: .reason)
        try container.encodeIfPresent(documentID, forKey: .documentID)
        try container.encodeIfPresent(number, forKey: .number)
    }
}
