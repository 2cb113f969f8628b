/// An error of the command line itself (not of a stage): a code, a message for the office in
/// Vietnamese, and the same in English.
struct CommandError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What kind of failure this is.
    enum Code: String, Sendable, Hashable {
        /// A queue command (`enqueue`, `worker`, `jobs`) was given an SQLite archive.
        case queueNeedsPostgres = "queue-needs-postgres"
    }

    /// What kind of failure this is.
    var code: Code
    /// The message for the office.
    var vietnamese: String
    /// The same message in English.
    var message: String

    /// Vietnamese first, then English, then the code.
    var description: String { "\(vietnamese) (\(message)) [\(code.rawValue)]" }

    /// `enqueue`, `worker` and `jobs` work on a PostgreSQL database only.
    static func queueNeedsPostgres(_ command: String, _ index: String) -> CommandError {
        CommandError(
            code: .queueNeedsPostgres,
            vietnamese: "vanthu \(command) cần hàng đợi trên PostgreSQL: --index postgres://người_dùng@máy_chủ/tên (không phải \(index))",
            message: "vanthu \(command) needs a PostgreSQL queue: --index postgres://user@host/database (not \(index))"
        )
    }
}
