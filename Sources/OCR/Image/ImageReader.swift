import CTesseract
import Foundation

/// Reads PNG, JPEG and TIFF files into page images with leptonica, checking size and integrity
/// before decoding.
struct ImageReader: Sendable {
    let limits: ImageLimits

    /// Counts the pages of an image file (TIFF may hold many; others hold one).
    /// - Throws: `OCRError` when the header is unreadable or the image too large.
    func pageCount(path: String, format: InputFormat) throws -> Int {
        try checkHeader(path: path, format: format)
        guard format == .tiff else { return 1 }
        guard let stream = fopenReadStream(FileName.systemPath(path)) else {
            throw OCRError(.notFound, path: path, reason: "the file cannot be opened")
        }
        defer { fclose(stream) }
        var count: Int32 = 0
        guard tiffGetCount(stream, &count) == 0, count > 0 else {
            throw OCRError(.undecodable, path: path, reason: "the TIFF file has no readable page")
        }
        return Int(count)
    }

    /// Decodes one page (`index` is 0-based; only TIFF files have more than one). Each call reads
    /// just that page, so a long multi-page TIFF is never held whole.
    func read(path: String, format: InputFormat, page index: Int) throws -> PageImage {
        let system = FileName.systemPath(path)
        let pix = format == .tiff ? pixReadTiff(system, Int32(index)) : pixRead(system)
        guard let image = PageImage.wrap(pix) else {
            throw OCRError(.undecodable, path: path, reason: "the \(format.rawValue.uppercased()) data is damaged and cannot be decoded")
        }
        try limits.check(width: image.width, height: image.height, path: path)
        return image
    }

    /// Reads the header only: size limits, and a JPEG's end marker (a truncated JPEG decodes to a
    /// half-grey page without an error, so it is caught here).
    private func checkHeader(path: String, format: InputFormat) throws {
        var fileFormat: Int32 = 0
        var width: Int32 = 0
        var height: Int32 = 0
        var bps: Int32 = 0
        var spp: Int32 = 0
        var colormap: Int32 = 0
        guard pixReadHeader(FileName.systemPath(path), &fileFormat, &width, &height, &bps, &spp, &colormap) == 0 else {
            throw OCRError(.undecodable, path: path, reason: "the \(format.rawValue.uppercased()) header is damaged")
        }
        try limits.check(width: Int(width), height: Int(height), path: path)
        if format == .png, let problem = PNGChunks.problem(path: path) {
            throw OCRError(.undecodable, path: path, reason: problem)
        }
        if format == .jpeg, !Self.jpegHasEnd(path: path) {
            throw OCRError(.truncated, path: path, reason: "the JPEG file is truncated (no end-of-image marker)")
        }
    }

    /// True when the last bytes of the file (ignoring padding) hold the JPEG end-of-image marker.
    static func jpegHasEnd(path: String) -> Bool {
        let fd = open(FileName.systemPath(path), O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return false }
        let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        defer { try? handle.close() }
        guard let size = try? handle.seekToEnd(), size >= 2 else { return false }
        let tail = min(size, 4096)
        try? handle.seek(toOffset: size - tail)
        guard let bytes = try? handle.readToEnd() else { return false }
        var end = bytes.count
        while end > 0,
            bytes[bytes.startIndex + end - 1] == 0 || bytes[bytes.startIndex + end - 1] == 0x0A || bytes[bytes.startIndex + end - 1] == 0x0D
        {
            end -= 1
        }
        guard end >= 2 else { return false }
        let slice = bytes[bytes.startIndex..<(bytes.startIndex + end)]
        return slice.suffix(2).elementsEqual([0xFF, 0xD9])
    }
}
