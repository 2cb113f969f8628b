import Archive
import ArgumentParser

/// `--index PATH`, taken by every command that reads or writes the archive.
struct ArchiveOption: ParsableArguments {
    @Option(name: .customLong("index"), help: "The archive file.")
    var path: String = SQLiteArchive.defaultPath

    /// Opens an existing archive for reading (a clear error when there is none yet).
    func openExisting() throws -> SQLiteArchive {
        try SQLiteArchive.openExisting(path: path)
    }
}
