public import Foundation

/// The guard in front of every read of an input: only regular files are read.
///
/// A FIFO blocks its reader forever (`open` waits for a writer), `/dev/zero` and `/dev/urandom` never
/// end, a socket or a terminal cannot be read at all: each is reported and skipped, never opened
/// for a blocking read.
///
/// ```swift
/// try RegularFile.check("scans/a.pdf")       // returns
/// try RegularFile.check("/dev/zero")         // throws OCRError(.notRegularFile, ...)
/// ```
public enum RegularFile {
    /// What `stat` says a path is (symbolic links followed).
    public enum Kind: Sendable, Equatable {
        /// A regular file: read.
        case regular
        /// A folder: walked.
        case directory
        /// A FIFO, a device, a socket (named in words): reported, never read.
        case other(String)
        /// Nothing there (or `stat` failed).
        case missing
    }

    /// The kind of file at `path`, following symbolic links; does not open the file.
    /// - Parameter path: the path as given.
    /// - Returns: the kind, `missing` when `stat` fails.
    public static func kind(of path: String) -> Kind {
        var info = stat()
        guard stat(FileName.systemPath(path), &info) == 0 else { return .missing }
        return kind(mode: info.st_mode)
    }

    static func kind(mode: mode_t) -> Kind {
        switch mode & S_IFMT {
        case S_IFREG: .regular
        case S_IFDIR: .directory
        case S_IFIFO: .other("a named pipe (FIFO)")
        case S_IFCHR: .other("a character device")
        case S_IFBLK: .other("a block device")
        case S_IFSOCK: .other("a socket")
        default: .other("not a regular file")
        }
    }

    /// Throws unless `path` names a regular file (after symbolic links).
    /// - Parameter path: the path as given.
    /// - Throws: `OCRError` `.notFound` when nothing is there, `.notRegularFile` for pipes, devices,
    ///   sockets and folders.
    public static func check(_ path: String) throws(OCRError) {
        switch kind(of: path) {
        case .regular: return
        case .missing: throw OCRError(.notFound, path: path, reason: "no such file or folder")
        case .directory: throw error(path, "a folder")
        case .other(let what): throw error(path, what)
        }
    }

    static func error(_ path: String, _ what: String) -> OCRError {
        OCRError(.notRegularFile, path: path, reason: "not a regular file (\(what)): skipped, only regular files are read")
    }

    /// Reads at most `count` bytes from the start of a regular file without ever blocking on a
    /// pipe or a device: opened non-blocking, checked with `fstat` on the open descriptor (no race
    /// with a file swapped in after the check), then read.
    /// - Parameters:
    ///   - path: the file.
    ///   - count: the most bytes to read.
    /// - Returns: the bytes read (fewer at the end of the file).
    /// - Throws: `OCRError` when the file is missing, unreadable or not a regular file.
    public static func prefix(of path: String, count: Int) throws(OCRError) -> Data {
        let fd = open(FileName.systemPath(path), O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else {
            throw OCRError(.notFound, path: path, reason: "the file does not exist or cannot be read")
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            throw OCRError(.notFound, path: path, reason: "the file does not exist or cannot be read")
        }
        if case .other(let what) = kind(mode: info.st_mode) { throw error(path, what) }
        if kind(mode: info.st_mode) == .directory { throw error(path, "a folder") }
        var buffer = [UInt8](repeating: 0, count: max(0, count))
        var filled = 0
        while filled < buffer.count {
            let n = buffer.withUnsafeMutableBytes { raw in
                read(fd, raw.baseAddress.map { $0 + filled }, raw.count - filled)
            }
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { break }
            filled += n
        }
        return Data(buffer.prefix(filled))
    }
}
