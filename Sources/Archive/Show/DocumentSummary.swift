import GRDB

/// The identifying fields of an archived document, as lists and search results show them.
public struct DocumentSummary: Sendable, Hashable, Codable {
    /// The archive's id of the document (one per stored version).
    public var id: Int64
    public var number: String?
    public var type: String?
    /// ISO 8601.
    public var date: String?
    public var issuer: String?
    public var subject: String?
    public var sourcePath: String
    /// 1 for the first file at a path, then 2, 3 ... for changed files at the same path.
    public var version: Int
    /// The id of the newer version replacing this one, `nil` when current.
    public var supersededBy: Int64?

    /// Creates a summary.
    public init(
        id: Int64,
        number: String?,
        type: String?,
        date: String?,
        issuer: String?,
        subject: String?,
        sourcePath: String,
        version: Int = 1,
        supersededBy: Int64? = nil
    ) {
        self.id = id
        self.number = number
        self.type = type
        self.date = date
        self.issuer = issuer
        self.subject = subject
        self.sourcePath = sourcePath
        self.version = version
        self.supersededBy = supersededBy
    }

    /// The columns ``init(row:)`` reads, under alias `d`.
    static let columns = "d.id, d.number, d.type, d.date, d.issuer, d.subject, d.source_path, d.version, d.superseded_by"

    init(row: Row) {
        self.init(
            id: row["id"],
            number: row["number"],
            type: row["type"],
            date: row["date"],
            issuer: row["issuer"],
            subject: row["subject"],
            sourcePath: row["source_path"],
            version: row["version"],
            supersededBy: row["superseded_by"]
        )
    }
}
