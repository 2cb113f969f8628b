import Foundation

/// File names as bytes: Linux names are any bytes but `/` and NUL, Swift strings are Unicode.
///
/// A name that is not valid UTF-8 (a Windows-1258 or Latin-1 name copied from an old share) cannot
/// travel through the pipeline as a `String`; it is reported with every byte that is not printable
/// ASCII written as `\xNN`, never skipped silently or called missing.
///
/// ```swift
/// FileName.escaped(Array("caf".utf8) + [0xE9, 0x2E, 0x70, 0x64, 0x66])   // "caf\xe9.pdf"
/// ```
public enum FileName {
    /// The name as a string when its bytes are valid UTF-8.
    public static func decode(_ bytes: [UInt8]) -> String? {
        String(validating: bytes, as: UTF8.self)
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

    /// The error for a folder entry whose name is not UTF-8.
    static func undecodable(folder: String, bytes: [UInt8]) -> OCRError {
        OCRError(
            .badFileName, path: (folder as NSString).appendingPathComponent(escaped(bytes)),
            reason: "the file name is not valid UTF-8 (shown with \\x escapes): rename it, e.g. `convmv -f cp1258 -t utf8 --notest NAME`"
        )
    }

    /// The error for a path typed on the command line whose bytes are not UTF-8 (the shell passes
    /// bytes; Swift repairs them to U+FFFD, so the file would seem missing).
    public static func undecodable(argument bytes: [UInt8]) -> OCRError {
        OCRError(
            .badFileName, path: escaped(bytes),
            reason: "the file name is not valid UTF-8 (shown with \\x escapes): rename it, e.g. `convmv -f cp1258 -t utf8 --notest NAME`"
        )
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
