import CTesseract
public import Foundation

/// A page of a scan as a picture for people (JPEG, in colour), turned and straightened as the OCR
/// turned it, so word boxes from ``RecognizedPage`` can be drawn over it after scaling.
public enum PagePicture {
    /// The page as JPEG.
    ///
    /// - Parameters:
    ///   - path: the scan (PDF, PNG, JPEG or TIFF).
    ///   - page: 1-based page number.
    ///   - rotation: clockwise rotation the OCR applied (``RecognizedPage/rotation``).
    ///   - deskewAngle: skew the OCR corrected, degrees (``RecognizedPage/deskewAngle``).
    ///   - maxWidth: wider pictures are scaled down to this width.
    ///   - limits: image size limits.
    /// - Returns: JPEG bytes.
    /// - Throws: `OCRError` when the file or page cannot be read.
    public static func jpeg(
        path: String,
        page: Int,
        rotation: Int = 0,
        deskewAngle: Double? = nil,
        maxWidth: Int = 1400,
        limits: ImageLimits = ImageLimits()
    ) throws -> Data {
        let format = try InputFormat.sniff(path: path)
        let index = page - 1
        var image: PageImage
        switch format {
        case .pdf:
            let pdf = try PDFFile(path: path)
            guard (0..<pdf.pageCount).contains(index) else {
                throw OCRError(.noPages, path: path, reason: "the PDF has no page \(page)")
            }
            image = try pdf.image(page: index, dpi: 150, limits: limits).image
        case .png, .jpeg, .tiff:
            let reader = ImageReader(limits: limits)
            guard (0..<(try reader.pageCount(path: path, format: format))).contains(index) else {
                throw OCRError(.noPages, path: path, reason: "the file has no page \(page)")
            }
            image = try reader.read(path: path, format: format, page: index)
        case .text:
            throw OCRError(.unsupportedFormat, path: path, reason: "a text file has no page images")
        }
        if pixGetColormap(image.pix) != nil, let plain = PageImage.wrap(pixRemoveColormap(image.pix, Int32(REMOVE_CMAP_BASED_ON_SRC))) {
            image = plain
        }
        if image.depth != 8, image.depth != 32, let grey = PageImage.wrap(pixConvertTo8(image.pix, 0)) {
            image = grey
        }
        if rotation % 360 != 0, let turned = PageImage.wrap(pixRotateOrth(image.pix, Int32((rotation / 90) % 4))) {
            image = turned
        }
        if let deskewAngle, abs(deskewAngle) >= 0.05,
            let straight = PageImage.wrap(
                pixRotate(
                    image.pix,
                    Float(deskewAngle * .pi / 180),
                    Int32(L_ROTATE_AREA_MAP),
                    Int32(L_BRING_IN_WHITE),
                    0,
                    0
                )
            )
        {
            image = straight
        }
        if image.width > maxWidth {
            let factor = Float(maxWidth) / Float(image.width)
            if let small = PageImage.wrap(pixScale(image.pix, factor, factor)) { image = small }
        }
        var bytes: UnsafeMutablePointer<UInt8>?
        var size = 0
        guard pixWriteMemJpeg(&bytes, &size, image.pix, 82, 0) == 0, let bytes else {
            throw OCRError(.undecodable, path: path, reason: "page \(page) could not be written as JPEG")
        }
        defer { free(bytes) }
        return Data(bytes: bytes, count: size)
    }
}
