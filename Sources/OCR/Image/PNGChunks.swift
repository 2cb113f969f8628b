import Foundation

/// Checks a PNG's chunk structure and checksums before leptonica hands it to libpng, whose default
/// error handler prints its own "libpng error: ..." line on standard error beside ours. A truncated
/// or scribbled-over PNG (the usual damage) is refused here with one clear reason and libpng never
/// sees it.
enum PNGChunks {
    /// - Returns: why the PNG is damaged, or `nil` when every chunk up to `IEND` is whole and its
    ///   CRC matches.
    static func problem(path: String) -> String? {
        guard
            let data = FileName.hasEscapes(path)
                ? FileName.contents(of: path) : try? Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped)
        else {
            return "the file cannot be read"
        }
        return problem(in: data)
    }

    static func problem(in data: Data) -> String? {
        data.withUnsafeBytes { raw -> String? in
            let bytes = raw.bindMemory(to: UInt8.self)
            var offset = 8
            var first = true
            while true {
                guard offset + 12 <= bytes.count else { return "the PNG file is truncated (no end chunk)" }
                let length = Int(bytes[offset]) << 24 | Int(bytes[offset + 1]) << 16 | Int(bytes[offset + 2]) << 8 | Int(bytes[offset + 3])
                let type = String(decoding: bytes[(offset + 4)..<(offset + 8)], as: UTF8.self)
                guard length <= bytes.count - offset - 12 else { return "the PNG file is truncated (inside its \(type) chunk)" }
                if first, type != "IHDR" { return "the PNG data is damaged (it does not start with its header chunk)" }
                first = false
                let end = offset + 8 + length
                let stored = UInt32(bytes[end]) << 24 | UInt32(bytes[end + 1]) << 16 | UInt32(bytes[end + 2]) << 8 | UInt32(bytes[end + 3])
                guard crc32(UnsafeBufferPointer(rebasing: bytes[(offset + 4)..<end])) == stored else {
                    return "the PNG data is damaged (its \(type) chunk fails its checksum)"
                }
                if type == "IEND" { return nil }
                offset = end + 4
            }
        }
    }

    private static let table: [UInt32] = (0..<256).map { n -> UInt32 in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    /// The CRC-32 PNG chunks carry (ISO 3309, as zlib's `crc32`).
    static func crc32(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var c: UInt32 = 0xFFFF_FFFF
        for byte in bytes { c = table[Int((c ^ UInt32(byte)) & 0xFF)] ^ (c >> 8) }
        return c ^ 0xFFFF_FFFF
    }
}
