/// Why a file could not be read or recognised, in words a clerk can act on.
///
/// ```swift
/// catch let error as OCRError { print(error) }   // "scan.jpg: the JPEG file is truncated"
/// ```
public struct OCRError: Error, Sendable, CustomStringConvertible, Hashable {
    /// What kind of failure this is; stable for programs, unlike the message.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        enum Value: String, Sendable {
            case notFound = "not-found"
            case notRegularFile = "not-regular-file"
            case badFileName = "bad-file-name"
            case emptyFile = "empty-file"
            case unsupportedFormat = "unsupported-format"
            case truncated
            case undecodable
            case tooLarge = "too-large"
            case encryptedPDF = "encrypted-pdf"
            case brokenPDF = "broken-pdf"
            case noPages = "no-pages"
            case engine
            case output
        }
        let value: Value

        public static let notFound = Code(value: .notFound)
        /// A FIFO, a device, a socket: never read (it could block or never end).
        public static let notRegularFile = Code(value: .notRegularFile)
        /// A file name that is not valid UTF-8 (reported with `\\xNN` escapes).
        public static let badFileName = Code(value: .badFileName)
        public static let emptyFile = Code(value: .emptyFile)
        public static let unsupportedFormat = Code(value: .unsupportedFormat)
        public static let truncated = Code(value: .truncated)
        public static let undecodable = Code(value: .undecodable)
        public static let tooLarge = Code(value: .tooLarge)
        public static let encryptedPDF = Code(value: .encryptedPDF)
        public static let brokenPDF = Code(value: .brokenPDF)
        public static let noPages = Code(value: .noPages)
        public static let engine = Code(value: .engine)
        public static let output = Code(value: .output)

        /// The code as a short kebab-case word ("truncated").
        public var description: String { value.rawValue }
    }

    /// What went wrong.
    public var code: Code
    /// The file concerned.
    public var path: String
    /// The reason, in plain words.
    public var reason: String

    /// Creates an error for `path`.
    public init(_ code: Code, path: String, reason: String) {
        self.code = code
        self.path = path
        self.reason = reason
    }

    /// One line: "PATH: reason".
    public var description: String { "\(FileName.display(path)): \(reason)" }
}
