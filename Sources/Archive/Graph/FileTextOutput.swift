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

    /// Creates (or truncates) the file at `path`.
    /// - Throws: ``ArchiveError`` `.readOnly` when the file cannot be created.
    public init(path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else {
            throw ArchiveError(.readOnly, "Cannot write the file: check the folder exists and may be written", path: path)
        }
        self.init(handle: handle, closesHandle: true)
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

    /// Flushes and closes the file.
    public mutating func close() throws {
        try flush()
        if closesHandle { try? handle.close() }
    }
}
