import Foundation
import PostgresNIO

/// The one error the PostgreSQL archive and its job queue throw: what went wrong, in Vietnamese for
/// the office and in English for the log.
///
/// Errors of the server and of postgres-nio never leave the module raw: they are mapped to a
/// ``Code`` and kept, as text, in ``underlying``.
///
/// ```swift
/// do { _ = try PostgresLocation(url: "postgres://vanthu@db:5432/archive") }
/// catch let error as PostgresArchiveError where error.code == .invalidURL { print(error) }
/// ```
public struct PostgresArchiveError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What kind of failure this is.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        let name: String

        /// The database address is not a `postgres://user@host[:port]/database` URL.
        public static let invalidURL = Code(name: "invalid-url")
        /// The server cannot be reached, or refused the user or the database.
        public static let connectionFailed = Code(name: "connection-failed")
        /// The database was migrated by a newer version of vanthu.
        public static let newerSchema = Code(name: "newer-schema")
        /// A worker's lease on a job was taken over by another worker (or the job was finished):
        /// its heartbeat, completion or failure is refused.
        public static let leaseLost = Code(name: "lease-lost")
        /// No such file or job in the database.
        public static let notFound = Code(name: "not-found")
        /// A file's stored chunks do not add up to the file (missing chunk, wrong size or digest).
        public static let corruptFile = Code(name: "corrupt-file")
        /// An argument is malformed (a lease, a limit).
        public static let invalidArgument = Code(name: "invalid-argument")
        /// The server refused a statement, or the connection broke during one.
        public static let server = Code(name: "server")

        /// The code's name ("lease-lost").
        public var description: String { name }
    }

    /// What kind of failure this is.
    public var code: Code
    /// The message for the office, in Vietnamese.
    public var vietnamese: String
    /// The same message in English, for the log and for administrators.
    public var message: String
    /// The underlying error, as text, for logs.
    public var underlying: String?

    /// Creates an error.
    /// - Parameters:
    ///   - code: What kind of failure this is.
    ///   - vietnamese: The message for the office.
    ///   - message: The same message in English.
    ///   - underlying: The underlying error, as text.
    public init(_ code: Code, _ vietnamese: String, _ message: String, underlying: String? = nil) {
        self.code = code
        self.vietnamese = vietnamese
        self.message = message
        self.underlying = underlying
    }

    /// Both messages: Vietnamese first, then English.
    public var description: String { "\(vietnamese) (\(message))" }

    /// Maps any error of postgres-nio (or of a closure run inside a transaction) to an archive error;
    /// an archive error passes through unchanged.
    /// - Parameters:
    ///   - error: The error caught.
    ///   - vietnamese: What was being done, in Vietnamese ("lấy việc từ hàng đợi").
    ///   - english: The same in English ("claiming a job").
    static func wrapping(_ error: any Error, _ vietnamese: String, _ english: String) -> PostgresArchiveError {
        if let error = error as? PostgresArchiveError { return error }
        guard let error = error as? PSQLError else {
            return PostgresArchiveError(
                .server,
                "Lỗi khi \(vietnamese)",
                "Failure while \(english)",
                underlying: String(describing: error)
            )
        }
        let server = error.serverInfo.map { info in
            [info[.sqlState], info[.message], info[.detail]].compactMap { $0 }.joined(separator: ": ")
        }
        if error.code == .server {
            return PostgresArchiveError(
                .server,
                "Máy chủ PostgreSQL từ chối khi \(vietnamese)",
                "The PostgreSQL server refused while \(english)",
                underlying: server ?? String(reflecting: error)
            )
        }
        return PostgresArchiveError(
            .connectionFailed,
            "Mất kết nối tới máy chủ PostgreSQL khi \(vietnamese)",
            "The connection to the PostgreSQL server failed while \(english)",
            underlying: [error.code.description, server, error.underlying.map { String(describing: $0) }]
                .compactMap { $0 }.joined(separator: ": ")
        )
    }
}
