import Foundation
import GRDB

/// The archive in one SQLite file, through GRDB.
///
/// Why GRDB rather than the C API: `DatabaseMigrator` gives named, recorded schema migrations from
/// day one (and tells us when a file comes from a newer schema); `DatabasePool` gives WAL mode with
/// concurrent readers, so searches run while an ingest writes; and `FTS5WrapperTokenizer` lets us
/// wrap unicode61 with a tokenizer that folds diacritics and `đ` → `d` in Swift, without C glue.
///
/// ```swift
/// let archive = try SQLiteArchive(path: SQLiteArchive.defaultPath)
/// let outcome = try archive.store(parsed, text: text)
/// let page = try archive.search(SearchQuery("nghi dinh 59"))
/// ```
public final class SQLiteArchive: ArchiveStore {
    /// `Indexes/archive.sqlite`, relative to the working directory.
    public static let defaultPath = "Indexes/archive.sqlite"

    /// The archive file's path.
    public let path: String
    let pool: any DatabaseWriter
    /// Encodes stored documents (sorted keys, so equal documents give equal JSON).
    let jsonEncoder: JSONEncoder

    /// How an archive is opened.
    public enum Access: Sendable {
        /// Created when missing, migrated, quick-checked: for `ingest` and `serve`.
        case readWrite
        /// Never written: for `search`, `show`, `graph`, `deadlines` (works on a read-only file or
        /// folder, a backup on a CD, a snapshot).
        case readOnly
    }

    /// Opens the archive at `path` for writing, creating the file when missing (not its folder),
    /// and migrates it to the current schema.
    ///
    /// - Parameter path: the SQLite file; its folder must exist (the default `Indexes/` is created).
    /// - Throws: ``ArchiveError`` — `.notFound` when the folder is missing, `.readOnly` when it cannot
    ///   be written, `.notAnArchive` for a corrupt or non-SQLite file (or damaged pages found by
    ///   `PRAGMA quick_check`), `.foreignDatabase` for another program's database, `.newerSchema`
    ///   for an archive written by a newer vanthu.
    public convenience init(path: String = SQLiteArchive.defaultPath) throws {
        try self.init(path: path, access: .readWrite, maximumPageCount: nil)
    }

    /// Opens the archive; `maximumPageCount` caps the file's size (tests simulate a full disk);
    /// `trace` receives every SQL statement run, arguments inlined (benchmarks replay them).
    init(path: String, access: Access = .readWrite, maximumPageCount: Int?, trace: (@Sendable (String) -> Void)? = nil) throws {
        self.path = path
        jsonEncoder = JSONEncoder()
        jsonEncoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let directory = (path as NSString).deletingLastPathComponent
        if access == .readWrite {
            try Self.prepareFolder(directory, path: path)
        }
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        configuration.readonly = access == .readOnly
        configuration.prepareDatabase { db in
            db.add(tokenizer: VietnameseFoldingTokenizer.self)
            if db.configuration.readonly {
                try db.execute(sql: "PRAGMA cache_size = -32768")
            } else {
                // WAL with synchronous=NORMAL: a commit is not fsynced, checkpoints are; a power loss
                // may lose the last commits but never leaves the file inconsistent.
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
                // The one writer: a 128 MB page cache (FTS5 merges re-read their segments) and a
                // checkpoint every 10,000 pages (40 MB of WAL) instead of 1,000, the WAL file cut
                // back to 64 MB after each.
                try db.execute(sql: "PRAGMA cache_size = -131072")
                try db.execute(sql: "PRAGMA wal_autocheckpoint = 10000")
                try db.execute(sql: "PRAGMA journal_size_limit = 67108864")
            }
            if let maximumPageCount {
                try db.execute(sql: "PRAGMA max_page_count = \(maximumPageCount)")
            }
            if let trace {
                db.trace { trace($0.expandedDescription) }
            }
        }
        switch access {
        case .readOnly:
            pool = try Self.openReadOnly(path: path, configuration: configuration)
            try checkSchema(readOnly: true)
        case .readWrite:
            // Creating and migrating are serialised between processes (two `ingest` runs starting
            // on a new archive at once): an exclusive lock on the folder, which SQLite never locks.
            let lock = FolderLock(directory.isEmpty ? "." : directory)
            defer { lock.release() }
            do {
                pool = try DatabasePool(path: path, configuration: configuration)
            } catch {
                throw Self.map(error, path: path)
            }
            try checkSchema(readOnly: false)
            try quickCheck()
        }
    }

    /// The folder must exist (only the default `Indexes/` is made) and be writable when the file is new.
    private static func prepareFolder(_ directory: String, path: String) throws {
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        if !directory.isEmpty, !fileManager.fileExists(atPath: directory, isDirectory: &isDirectory) {
            guard path == defaultPath else {
                throw ArchiveError(
                    .notFound,
                    "The folder \(directory) does not exist: create it first (mkdir -p '\(directory)') or give another --index",
                    path: path
                )
            }
            do {
                try fileManager.createDirectory(atPath: directory, withIntermediateDirectories: false)
            } catch {
                throw ArchiveError(
                    .readOnly,
                    "Cannot create the archive's folder \(directory): check that it may be written",
                    path: path,
                    underlying: "\(error)"
                )
            }
        } else if !directory.isEmpty, !isDirectory.boolValue {
            throw ArchiveError(.notFound, "\(directory) is a file, not a folder: give another --index", path: path)
        }
        if !fileManager.fileExists(atPath: path), access(directory.isEmpty ? "." : directory, W_OK) != 0 {
            throw ArchiveError(.readOnly, "Cannot create the archive: its folder is read-only", path: path)
        }
    }

    /// A read-only pool; when the folder is read-only and SQLite cannot make the WAL's shared-memory
    /// file, the file is opened as immutable (nothing else may be writing it then: it cannot be).
    private static func openReadOnly(path: String, configuration: Configuration) throws -> any DatabaseWriter {
        do {
            let pool = try DatabasePool(path: path, configuration: configuration)
            _ = try pool.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM sqlite_master") }
            return pool
        } catch {
            let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
            let escaped = absolute.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? absolute
            do {
                let queue = try DatabaseQueue(path: "file:\(escaped)?immutable=1", configuration: configuration)
                _ = try queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM sqlite_master") }
                return queue
            } catch {
                throw map(error, path: path)
            }
        }
    }

    /// `PRAGMA quick_check` before the first write: an archive with damaged pages is refused (writing
    /// on would spread the damage) with advice to restore the backup.
    private func quickCheck() throws {
        let result = try perform { try pool.read { try String.fetchAll($0, sql: "PRAGMA quick_check(5)") } }
        guard result != ["ok"] else { return }
        throw ArchiveError(
            .notAnArchive,
            "The archive is damaged (\(result.first ?? "quick_check failed")): nothing was written; restore it from a backup (or copy out what can be read with `sqlite3 FILE .recover`) before ingesting again",
            path: path
        )
    }

    private func checkSchema(readOnly: Bool) throws {
        let migrator = ArchiveSchema.migrator
        try perform {
            try pool.read { db in
                let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
                if applicationID != 0, applicationID != ArchiveSchema.applicationID {
                    throw ArchiveError(.foreignDatabase, "This file is a database of another program, not a vanthu archive", path: path)
                }
                if !tables.isEmpty, !tables.contains("grdb_migrations") {
                    throw ArchiveError(.foreignDatabase, "This file is a database of another program, not a vanthu archive", path: path)
                }
                if try migrator.hasBeenSuperseded(db) {
                    throw ArchiveError(
                        .newerSchema,
                        "This archive was written by a newer version of vanthu; update vanthu to open it",
                        path: path
                    )
                }
                if readOnly, try !migrator.hasCompletedMigrations(db) {
                    throw ArchiveError(
                        .readOnly,
                        "This archive was written by an older vanthu and must be upgraded once: run `vanthu ingest` on it with write access",
                        path: path
                    )
                }
            }
            if !readOnly { try migrator.migrate(pool) }
        }
    }

    /// Runs `body`, turning any database error into an ``ArchiveError``.
    func perform<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch {
            throw Self.map(error, path: path)
        }
    }

    /// Maps any error to an ``ArchiveError`` a clerk can read.
    static func map(_ error: any Error, path: String) -> ArchiveError {
        if let error = error as? ArchiveError { return error }
        guard let error = error as? DatabaseError else {
            return ArchiveError(.io, "The archive could not be read or written", path: path, underlying: "\(error)")
        }
        let underlying = "\(error)"
        switch error.resultCode {
        case .SQLITE_NOTADB, .SQLITE_CORRUPT, .SQLITE_FORMAT:
            return ArchiveError(
                .notAnArchive,
                "This file is not a vanthu archive, or it is damaged; restore it from a backup or choose another --index file",
                path: path,
                underlying: underlying
            )
        case .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_AUTH:
            return ArchiveError(.readOnly, "The archive cannot be written: the file or its folder is read-only", path: path, underlying: underlying)
        case .SQLITE_CANTOPEN:
            return ArchiveError(
                .readOnly,
                "The archive cannot be opened or created here: check the folder exists and may be written",
                path: path,
                underlying: underlying
            )
        case .SQLITE_FULL:
            return ArchiveError(
                .diskFull,
                "The disk is full: the last document was not stored (everything stored before is intact); free some space and run again",
                path: path,
                underlying: underlying
            )
        case .SQLITE_CONSTRAINT:
            return ArchiveError(
                .invalidArgument,
                "The document could not be stored: it breaks a rule of the archive (a repeated page or file)",
                path: path,
                underlying: underlying
            )
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return ArchiveError(.busy, "The archive is busy (another vanthu is writing); try again", path: path, underlying: underlying)
        default:
            if error.extendedResultCode.primaryResultCode == .SQLITE_IOERR {
                return ArchiveError(.io, "The archive could not be read or written (input/output error)", path: path, underlying: underlying)
            }
            return ArchiveError(.io, "The archive reported an unexpected problem", path: path, underlying: underlying)
        }
    }
}

extension SQLiteArchive {
    /// Opens an archive that must already exist, read-only (for commands that only read it: a
    /// read-only file or folder is fine).
    ///
    /// - Parameter path: the SQLite file.
    /// - Throws: ``ArchiveError`` `.notFound` when there is no file, or any error of ``init(path:)``.
    public static func openExisting(path: String = SQLiteArchive.defaultPath) throws -> SQLiteArchive {
        guard FileManager.default.fileExists(atPath: path) else {
            throw ArchiveError(.notFound, "There is no archive here yet: ingest documents first, or give --index", path: path)
        }
        return try SQLiteArchive(path: path, access: .readOnly, maximumPageCount: nil)
    }
}
