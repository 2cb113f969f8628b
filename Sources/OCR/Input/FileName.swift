public import Foundation

/// File names as bytes: Linux names are any bytes but `/` and NUL, Swift strings are Unicode.
///
/// A name that is not valid UTF-8 (a Windows-1258 or Latin-1 name copied from an old share) is
/// carried through the pipeline with each undecodable byte `NN` as the private-use scalar
/// U+10FFNN (the last 256 code points of plane 16, which no real file name uses), and turned back
/// into its bytes wherever a file is opened (``systemPath(_:)``). Messages show such bytes as
/// `\xNN` (``display(_:)``).
///
/// ```swift
/// let path = FileName.decode(Array("caf".utf8) + [0xE9] + Array(".pdf".utf8))   // "caf\u{10FFE9}.pdf"
/// FileName.display(path)                                                      // "caf\xe9.pdf"
/// open(FileName.systemPath(path), O_RDONLY)                                   // opens the real file
/// ```
public enum FileName {
    /// The first scalar of the escape range: byte `NN` is U+10FF00 + NN.
    static let escapeBase: UInt32 = 0x10FF00

    /// The name as a string: valid UTF-8 decoded, every other byte escaped (see above).
    public static func decode(_ bytes: [UInt8]) -> String {
        if let valid = String(validating: bytes, as: UTF8.self) { return valid }
        var scalars = String.UnicodeScalarView()
        var i = 0
        while i < bytes.count {
            let length = sequenceLength(bytes, at: i)
            if length > 0, let text = String(validating: bytes[i..<(i + length)], as: UTF8.self) {
                scalars.append(contentsOf: text.unicodeScalars)
                i += length
            } else {
                scalars.append(Unicode.Scalar(escapeBase + UInt32(bytes[i])) ?? "?")
                i += 1
            }
        }
        return String(scalars)
    }

    /// The length of the UTF-8 sequence its lead byte announces at `i` (0 when it is no lead byte
    /// or the sequence is cut short).
    private static func sequenceLength(_ bytes: [UInt8], at i: Int) -> Int {
        let lead = bytes[i]
        let length = lead < 0x80 ? 1 : lead >> 5 == 0b110 ? 2 : lead >> 4 == 0b1110 ? 3 : lead >> 3 == 0b11110 ? 4 : 0
        return i + length <= bytes.count ? length : 0
    }

    /// Whether `path` carries escaped bytes.
    public static func hasEscapes(_ path: String) -> Bool {
        path.unicodeScalars.contains { $0.value >= escapeBase }
    }

    /// The path's bytes for the system (NUL-terminated): escaped bytes restored, the rest UTF-8.
    public static func systemPath(_ path: String) -> [CChar] {
        guard hasEscapes(path) else { return Array(path.utf8CString) }
        var bytes: [UInt8] = []
        for scalar in path.unicodeScalars {
            if scalar.value >= escapeBase {
                bytes.append(UInt8(scalar.value - escapeBase))
            } else {
                bytes.append(contentsOf: String(scalar).utf8)
            }
        }
        return bytes.map { CChar(bitPattern: $0) } + [0]
    }

    /// The path for messages: escaped bytes written `\xNN`.
    public static func display(_ path: String) -> String {
        guard hasEscapes(path) else { return path }
        var out = ""
        for scalar in path.unicodeScalars {
            if scalar.value >= escapeBase {
                out += String(format: "\\x%02x", scalar.value - escapeBase)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Reads a whole regular file by its path's bytes.
    /// - Returns: the contents, or `nil` when it cannot be opened or read.
    public static func contents(of path: String) -> Data? {
        let fd = open(systemPath(path), O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0, errno == EINTR { continue }
            guard n >= 0 else { return nil }
            if n == 0 { return data }
            data.append(contentsOf: buffer[0..<n])
        }
    }

    /// The bytes with printable ASCII kept and every other byte written `\xNN`.
    public static func escaped(_ bytes: [UInt8]) -> String {
        var out = ""
        for byte in bytes {
            if byte >= 0x20, byte < 0x7F, byte != UInt8(ascii: "\\") {
                out.append(Character(Unicode.Scalar(byte)))
            } else {
                out += String(format: "\\x%02x", byte)
            }
        }
        return out
    }

    /// The bytes of the command-line argument that Swift decoded (repairing bad bytes) as `path`.
    static func rawArgument(matching path: String) -> [UInt8]? {
        for index in 0..<Int(CommandLine.argc) {
            guard let pointer = CommandLine.unsafeArgv[index] else { continue }
            let bytes = Array(UnsafeBufferPointer(start: pointer, count: strlen(pointer))).map { UInt8(bitPattern: $0) }
            if String(decoding: bytes, as: UTF8.self) == path { return bytes }
        }
        return nil
    }
}
