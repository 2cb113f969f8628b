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
    let pool: DatabasePool
    /// Encodes stored documents (sorted keys, so equal documents give equal JSON).
    let jsonEncoder: JSONEncoder

    /// Opens the archive at `path`, creating it (and its directory) when missing, and migrates it
    /// to the current schema.
    ///
    /// - Parameter path: the SQLite file; its parent directory is created when needed.
    /// - Throws: ``ArchiveError`` — `.readOnly` when the directory cannot be written, `.notAnArchive`
    ///   for a corrupt or non-SQLite file, `.foreignDatabase` for another program's database,
    ///   `.newerSchema` for an archive written by a newer vanthu.
    public convenience init(path: String = SQLiteArchive.defaultPath) throws {
        try self.init(path: path, maximumPageCount: nil)
    }

    /// Opens the archive; `maximumPageCount` caps the file's size (tests simulate a full disk);
    /// `trace` receives every SQL statement run, arguments inlined (benchmarks replay them).
    init(path: String, maximumPageCount: Int?, trace: (@Sendable (String) -> Void)? = nil) throws {
        self.path = path
        jsonEncoder = JSONEncoder()
        jsonEncoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let fileManager = FileManager.default
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty, !fileManager.fileExists(atPath: directory) {
            do {
                try fileManager.createDirectory(atPath: directory, withIntermediateDirectories: true)
            } catch {
                throw ArchiveError(
                    .readOnly, "Cannot create the archive's folder \(directory): check that it may be written",
                    path: path, underlying: "\(error)")
            }
        }
        if !fileManager.fileExists(atPath: path), access(directory.isEmpty ? "." : directory, W_OK) != 0 {
            throw ArchiveError(.readOnly, "Cannot create the archive: its folder is read-only", path: path)
        }
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in
            db.add(tokenizer: VietnameseFoldingTokenizer.self)
            // WAL with synchronous=NORMAL: a commit is not fsynced, checkpoints are; a power loss
            // may lose the last commits but never leaves the file inconsistent.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            if db.configuration.readonly {
                try db.execute(sql: "PRAGMA cache_size = -32768")
            } else {
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
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
        } catch {
            throw Self.map(error, path: path)
        }
        try checkAndMigrate()
    }

    private func checkAndMigrate() throws {
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
                        .newerSchema, "This archive was written by a newer version of vanthu; update vanthu to open it",
                        path: path)
                }
            }
            try migrator.migrate(pool)
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
            return ArchiveError(.notAnArchive, "This file is not a vanthu archive, or it is damaged; restore it from a backup or choose another --index file", path: path, underlying: underlying)
        case .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_AUTH:
            return ArchiveError(.readOnly, "The archive cannot be written: the file or its folder is read-only", path: path, underlying: underlying)
        case .SQLITE_CANTOPEN:
            return ArchiveError(.readOnly, "The archive cannot be opened or created here: check the folder exists and may be written", path: path, underlying: underlying)
        case .SQLITE_FULL:
            return ArchiveError(.diskFull, "The disk is full: the last document was not stored (everything stored before is intact); free some space and run again", path: path, underlying: underlying)
        case .SQLITE_CONSTRAINT:
            return ArchiveError(.invalidArgument, "The document could not be stored: it breaks a rule of the archive (a repeated page or file)", path: path, underlying: underlying)
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
    /// Opens an archive that must already exist (for commands that only read it).
    ///
    /// - Parameter path: the SQLite file.
    /// - Throws: ``ArchiveError`` `.notFound` when there is no file, or any error of ``init(path:)``.
    public static func openExisting(path: String = SQLiteArchive.defaultPath) throws -> SQLiteArchive {
        guard FileManager.default.fileExists(atPath: path) else {
            throw ArchiveError(.notFound, "There is no archive here yet: ingest documents first, or give --index", path: path)
        }
        return try SQLiteArchive(path: path)
    }
}
