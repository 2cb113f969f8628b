import Foundation

/// A buffered `TextOutputStream` over a file handle, for streaming exports to stdout or a file.
///
/// ```swift
/// var out = try FileTextOutput(path: "graph.graphml")
/// try archive.exportGraph(GraphOptions(format: .graphml), to: &out)
/// try out.close()
/// ```
public struct FileTextOutput: TextOutputStream {
    private let handle: FileHandle
    private let closesHandle: Bool
    /// For a file: the temporary file written, and the path it is renamed to by ``close()``.
    private var pending: (temporary: String, final: String)?
    private var buffer: [UInt8] = []
    /// The first write error, reported by ``flush()`` and ``close()``.
    private var failure: (any Error)?

    /// Writes to standard output.
    public static func standardOutput() -> FileTextOutput {
        FileTextOutput(handle: .standardOutput, closesHandle: false)
    }

    private init(handle: FileHandle, closesHandle: Bool) {
        self.handle = handle
        self.closesHandle = closesHandle
    }

    /// Writes to a temporary file beside `path` (`.NAME.XXXXXX.tmp`), renamed to `path` by
    /// ``close()``: an export that fails midway leaves `path` as it was, never a truncated file.
    /// - Throws: ``ArchiveError`` `.readOnly` when the file cannot be created.
    public init(path: String) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        var template = Array((folder as NSString).appendingPathComponent(".\(url.lastPathComponent).XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { $0.baseAddress.map { mkstemp($0) } ?? -1 }
        guard descriptor >= 0 else {
            throw ArchiveError(.readOnly, "Cannot write the file: check the folder exists and may be written", path: path)
        }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        fchmod(descriptor, 0o644)
        self.init(handle: FileHandle(fileDescriptor: descriptor, closeOnDealloc: false), closesHandle: true)
        pending = (temporary, path)
    }

    /// Appends text, writing to the file every 64 KiB.
    public mutating func write(_ string: String) {
        buffer.append(contentsOf: string.utf8)
        if buffer.count >= 65_536 { drain() }
    }

    private mutating func drain() {
        guard !buffer.isEmpty, failure == nil else { return }
        do {
            try handle.write(contentsOf: buffer)
        } catch {
            failure = error
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes what is buffered.
    /// - Throws: ``ArchiveError`` (`.diskFull`, `.io`) when a write failed.
    public mutating func flush() throws {
        drain()
        if let failure {
            throw ArchiveError(.io, "The output could not be written (is the disk full?)", underlying: "\(failure)")
        }
    }

    /// Flushes and closes the file; a file written to a temporary is synced and renamed into place.
    /// - Throws: ``ArchiveError`` when a write, the sync or the rename failed (the temporary is then removed).
    public mutating func close() throws {
        do {
            try flush()
            if pending != nil { try handle.synchronize() }
        } catch {
            discard()
            throw (error as? ArchiveError) ?? ArchiveError(.io, "The output could not be written (is the disk full?)", underlying: "\(error)")
        }
        if closesHandle { try? handle.close() }
        if let pending {
            self.pending = nil
            guard rename(pending.temporary, pending.final) == 0 else {
                unlink(pending.temporary)
                throw ArchiveError(.io, "The output could not be put in place", path: pending.final, underlying: String(cString: strerror(errno)))
            }
        }
    }

    /// Gives up a file output: the temporary is removed, the target left as it was. Call it when the
    /// export failed.
    public mutating func discard() {
        if closesHandle { try? handle.close() }
        if let pending { unlink(pending.temporary) }
        pending = nil
    }
}
