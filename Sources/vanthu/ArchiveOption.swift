import Archive
import ArgumentParser
import Foundation

/// `--index PATH`, taken by every command that reads or writes the archive; without it, the
/// `VANTHU_INDEX` environment variable, else `Indexes/archive.sqlite` in the current folder.
struct ArchiveOption: ParsableArguments {
    @Option(name: .customLong("index"), help: "The archive file (default: $VANTHU_INDEX, else Indexes/archive.sqlite).")
    var path: String = ArchiveOption.defaultPath(environment: ProcessInfo.processInfo.environment)

    /// The archive used without `--index`: `VANTHU_INDEX` when set and not empty, else
    /// ``SQLiteArchive/defaultPath`` (relative to the current folder).
    static func defaultPath(environment: [String: String]) -> String {
        guard let path = environment["VANTHU_INDEX"], !path.trimmingCharacters(in: .whitespaces).isEmpty else {
            return SQLiteArchive.defaultPath
        }
        return path
    }

    /// Opens an existing archive for reading (a clear error when there is none yet).
    func openExisting() throws -> SQLiteArchive {
        try SQLiteArchive.openExisting(path: path)
    }
}
