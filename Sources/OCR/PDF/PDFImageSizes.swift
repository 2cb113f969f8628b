import Foundation

/// The pixel sizes of a PDF's embedded images, read from the file's bytes before poppler decodes
/// anything.
///
/// An image XObject is a stream, and streams are never inside compressed object streams, so every
/// image dictionary (`<< /Type /XObject /Subtype /Image /Width 40000 /Height 40000 ... >>`) stands
/// in the file as plain text. Poppler decodes an image at the size its dictionary gives, so checking
/// these sizes against ``ImageLimits`` before `poppler_page_get_image` or a rendering bounds the
/// memory a hostile PDF can take (an 876 KB file holding a 40,000 × 40,000 image took 7.3 GB).
///
/// ```swift
/// try PDFImageSizes.check(path: "scan.pdf", limits: ImageLimits())   // throws OCRError(.tooLarge, ...)
/// ```
enum PDFImageSizes {
    /// How far around an `/Image` name its dictionary's `/Width` and `/Height` are sought.
    static let window = 2048

    /// Throws when an image in the PDF at `path` is larger than `limits` allow.
    /// - Throws: `OCRError.tooLarge` naming the image's size; `.notFound` when the file cannot be read.
    static func check(path: String, limits: ImageLimits) throws {
        guard
            let data = FileName.hasEscapes(path)
                ? FileName.contents(of: path) : try? Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped)
        else {
            throw OCRError(.notFound, path: path, reason: "the file does not exist or cannot be read")
        }
        for size in sizes(in: data) {
            do {
                try limits.check(width: size.width, height: size.height, path: path)
            } catch let error as OCRError where error.code == .tooLarge {
                throw OCRError(
                    .tooLarge,
                    path: path,
                    reason:
                        "the PDF holds an image of \(size.width)x\(size.height) pixels, more than the \(limits.maxPixels / 1_000_000) megapixels a page may have (refused before decoding)"
                )
            }
        }
    }

    /// The `/Width` × `/Height` of every image dictionary in `data` (an indirect value is looked up
    /// as `N G obj value`; one that cannot be found counts as unknown and is passed over).
    static func sizes(in data: Data) -> [(width: Int, height: Int)] {
        data.withUnsafeBytes { raw -> [(width: Int, height: Int)] in
            let bytes = raw.bindMemory(to: UInt8.self)
            var result: [(width: Int, height: Int)] = []
            var from = 0
            while let hit = find(Array("/Image".utf8), in: bytes, from: from) {
                from = hit + 6
                // "/Image" as a whole name ("/ImageB" in a /ProcSet is another name), after "/Subtype".
                guard from >= bytes.count || isDelimiter(bytes[from]) else { continue }
                var k = hit - 1
                while k >= 0, isSpace(bytes[k]) { k -= 1 }
                guard k >= 7, Array(bytes[(k - 7)...k]) == Array("/Subtype".utf8) else { continue }
                let start = max(0, hit - window)
                let end = min(bytes.count, hit + window)
                // The dictionary runs from its object's "obj" to its "stream".
                let low = lastIndex(of: Array("obj".utf8), in: bytes, before: hit, after: start) ?? start
                let high = find(Array("stream".utf8), in: bytes, from: hit, before: end) ?? end
                let width = value(of: "/Width", in: bytes, low..<high, whole: bytes)
                let height = value(of: "/Height", in: bytes, low..<high, whole: bytes)
                if let width, let height { result.append((width, height)) }
            }
            return result
        }
    }

    /// The integer after `key` within `range`, following one indirect reference.
    private static func value(of key: String, in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, whole: UnsafeBufferPointer<UInt8>) -> Int? {
        let name = Array(key.utf8)
        var from = range.lowerBound
        while let hit = find(name, in: bytes, from: from, before: range.upperBound) {
            from = hit + name.count
            guard from < bytes.count, isDelimiter(bytes[from]) else { continue }
            var numbers: [Int] = []
            var j = from
            while numbers.count < 2 {
                while j < range.upperBound, isSpace(bytes[j]) { j += 1 }
                guard let (n, next) = integer(in: bytes, at: j) else { break }
                numbers.append(n)
                j = next
            }
            while j < range.upperBound, isSpace(bytes[j]) { j += 1 }
            if numbers.count == 2, j < range.upperBound, bytes[j] == UInt8(ascii: "R") {
                return indirect(object: numbers[0], generation: numbers[1], in: whole)
            }
            return numbers.first
        }
        return nil
    }

    /// The integer an object `N G obj` holds.
    private static func indirect(object: Int, generation: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let header = Array("\(object) \(generation) obj".utf8)
        var from = 0
        while let hit = find(header, in: bytes, from: from) {
            from = hit + header.count
            guard hit == 0 || !isDigit(bytes[hit - 1]) else { continue }
            var j = from
            while j < bytes.count, isSpace(bytes[j]) { j += 1 }
            return integer(in: bytes, at: j)?.value
        }
        return nil
    }

    private static func integer(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: Int, next: Int)? {
        var j = index
        var value = 0
        while j < bytes.count, isDigit(bytes[j]), j - index < 12 {
            value = value * 10 + Int(bytes[j] - UInt8(ascii: "0"))
            j += 1
        }
        return j > index ? (value, j) : nil
    }

    private static func find(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from: Int, before: Int? = nil) -> Int? {
        let end = min(before ?? bytes.count, bytes.count) - needle.count
        guard let first = needle.first, from <= end else { return nil }
        var i = from
        while i <= end {
            if bytes[i] == first {
                var k = 1
                while k < needle.count, bytes[i + k] == needle[k] { k += 1 }
                if k == needle.count { return i }
            }
            i += 1
        }
        return nil
    }

    private static func lastIndex(of needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, before: Int, after: Int) -> Int? {
        var i = before - needle.count
        while i >= after {
            if bytes[i] == needle[0], Array(bytes[i..<(i + needle.count)]) == needle { return i }
            i -= 1
        }
        return nil
    }

    private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 || b == 0x0C || b == 0x00 }
    private static func isDelimiter(_ b: UInt8) -> Bool {
        isSpace(b) || "/<>[]()%{}".utf8.contains(b)
    }
}
