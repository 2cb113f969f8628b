/// An error of the command line itself (not of a stage): a code, a message for the office in
/// Vietnamese, and the same in English.
struct CommandError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What kind of failure this is.
    enum Code: String, Sendable, Hashable {
        /// `--index postgres://…` names a PostgreSQL archive, which this build cannot open yet.
        case postgresArchiveMissing = "postgres-archive-missing"
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

    /// A PostgreSQL archive was asked for, but the PostgreSQL document archive is not built in.
    static func postgresArchiveMissing(_ what: String) -> CommandError {
        CommandError(
            code: .postgresArchiveMissing,
            vietnamese: "Bản vanthu này chưa lưu được văn bản vào kho PostgreSQL (\(what)): hãy dùng tệp SQLite cho --index",
            message: "This vanthu cannot store documents in a PostgreSQL archive yet (\(what)): use an SQLite file for --index"
        )
    }

    /// `enqueue`, `worker` and `jobs` work on a PostgreSQL database only.
    static func queueNeedsPostgres(_ command: String, _ index: String) -> CommandError {
        CommandError(
            code: .queueNeedsPostgres,
            vietnamese: "vanthu \(command) cần hàng đợi trên PostgreSQL: --index postgres://người_dùng@máy_chủ/tên (không phải \(index))",
            message: "vanthu \(command) needs a PostgreSQL queue: --index postgres://user@host/database (not \(index))"
        )
    }
}
