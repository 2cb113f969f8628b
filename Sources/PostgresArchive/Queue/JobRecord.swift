public import Foundation

/// One job of the ingest queue as a person follows it (the upload page of `vanthu serve`): its
/// file, where it is, why it failed, and the document it became.
public struct JobRecord: Sendable, Hashable {
    /// The job's number.
    public var id: Int64
    /// The file's SHA-256.
    public var sha256: String
    /// The file's name (the last component of the path it was enqueued from).
    public var name: String
    /// The file's size in bytes.
    public var size: Int
    /// The path it was enqueued from.
    public var sourcePath: String
    /// Where the job is.
    public var state: JobState
    /// Attempts made so far.
    public var attempts: Int
    /// Attempts the job gets.
    public var maxAttempts: Int
    /// Pages of the file, once a worker has read it.
    public var pages: Int?
    /// The last failure's code (`ocr-failed`, `worker-lost`, …), also while it is queued again.
    public var errorCode: String?
    /// The last failure's reason.
    public var errorMessage: String?
    /// The archived document with the file's content, once the job is done.
    public var documentID: Int64?
    /// That document's number as read.
    public var number: String?
    /// The file's first bytes (at most 512), to tell its format.
    public var head: Data

    /// Creates a record.
    public init(
        id: Int64,
        sha256: String,
        name: String,
        size: Int,
        sourcePath: String,
        state: JobState,
        attempts: Int,
        maxAttempts: Int,
        pages: Int?,
        errorCode: String?,
        errorMessage: String?,
        documentID: Int64?,
        number: String?,
        head: Data
    ) {
        self.id = id
        self.sha256 = sha256
        self.name = name
        self.size = size
        self.sourcePath = sourcePath
        self.state = state
        self.attempts = attempts
        self.maxAttempts = maxAttempts
        self.pages = pages
        self.errorCode = errorCode
        self.errorMessage = errorMessage
        self.documentID = documentID
        self.number = number
        self.head = head
    }
}
