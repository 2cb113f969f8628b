import Archive
import ArgumentParser
import Foundation
import PostgresArchive

/// `--index PATH|URL`, taken by every command that reads or writes the archive; without it, the
/// `VANTHU_INDEX` environment variable, else `Indexes/archive.sqlite` in the current folder.
///
/// A `postgres://user@host:port/database` URL names an archive on a PostgreSQL server; anything
/// else is the path of an SQLite file.
struct ArchiveOption: ParsableArguments {
    @Option(
        name: .customLong("index"),
        help: "The archive: an SQLite file or postgres://user@host:port/database (default: $VANTHU_INDEX, else Indexes/archive.sqlite)."
    )
    var path: String = ArchiveOption.defaultPath(environment: ProcessInfo.processInfo.environment)

    /// The archive used without `--index`: `VANTHU_INDEX` when set and not empty, else
    /// ``SQLiteArchive/defaultPath`` (relative to the current folder).
    static func defaultPath(environment: [String: String]) -> String {
        guard let path = environment["VANTHU_INDEX"], !path.trimmingCharacters(in: .whitespaces).isEmpty else {
            return SQLiteArchive.defaultPath
        }
        return path
    }

    /// A malformed `postgres://` URL is a usage error (exit 2) naming what is wrong.
    func validate() throws {
        _ = try location()
    }

    /// Where the archive is: the parsed `--index`.
    /// - Throws: `ValidationError` for a `postgres://` URL that cannot be parsed.
    func location() throws -> ArchiveLocation {
        do {
            return try ArchiveLocation(path)
        } catch let error as PostgresArchiveError {
            throw ValidationError("--index: \(error.description)")
        }
    }
}

/// Where an archive lives, as `--index` names it.
enum ArchiveLocation: Sendable, Hashable {
    /// An SQLite file.
    case file(String)
    /// A PostgreSQL database.
    case postgres(PostgresLocation)

    /// Parses an `--index` value: a `postgres://` (or `postgresql://`) URL, else a file path.
    /// - Throws: ``PostgresArchiveError`` for a `postgres://` URL that cannot be parsed.
    init(_ text: String) throws {
        self = PostgresLocation.isPostgresURL(text) ? .postgres(try PostgresLocation(url: text)) : .file(text)
    }

    /// The location for messages (a URL without its password).
    var display: String {
        switch self {
        case .file(let path): path
        case .postgres(let location): location.redacted
        }
    }
}
