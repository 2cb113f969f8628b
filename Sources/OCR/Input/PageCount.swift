/// How many pages a file holds, read from its header only (for upload limits before any OCR).
public enum PageCount {
    /// The page count of a PDF, PNG, JPEG or TIFF file (text files count as one page).
    ///
    /// - Parameters:
    ///   - path: the file.
    ///   - limits: image size limits checked on the header.
    /// - Returns: at least 1.
    /// - Throws: `OCRError` for an unreadable, damaged, encrypted or oversized file.
    public static func of(path: String, limits: ImageLimits = ImageLimits()) throws -> Int {
        switch try InputFormat.sniff(path: path) {
        case .text: 1
        case .pdf:
            // Embedded images are checked against the limits before any page is decoded.
            try { () throws -> Int in
                let count = try PDFFile(path: path).pageCount
                try PDFImageSizes.check(path: path, limits: limits)
                return count
            }()
        case let format: try ImageReader(limits: limits).pageCount(path: path, format: format)
        }
    }
}
