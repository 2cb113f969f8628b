import CTesseract

/// A leptonica image (`PIX`) with one owner; destroyed when released.
///
/// A page image moves from the reader to one engine worker and is never shared, hence
/// `@unchecked Sendable`.
public final class PageImage: @unchecked Sendable {
    /// The leptonica image. Valid for the lifetime of this object.
    let pix: UnsafeMutablePointer<PIX>

    /// Takes ownership of a `PIX`.
    init(taking pix: UnsafeMutablePointer<PIX>) {
        self.pix = pix
    }

    /// Wraps the result of a leptonica call that returns a new image, or `nil` when it failed.
    static func wrap(_ pix: UnsafeMutablePointer<PIX>?) -> PageImage? {
        pix.map(PageImage.init(taking:))
    }

    deinit {
        var pointer: UnsafeMutablePointer<PIX>? = pix
        pixDestroy(&pointer)
    }

    /// Width in pixels.
    public var width: Int { Int(pixGetWidth(pix)) }
    /// Height in pixels.
    public var height: Int { Int(pixGetHeight(pix)) }
    /// Bits per pixel (1, 8, 32 ...).
    public var depth: Int { Int(pixGetDepth(pix)) }

    /// The resolution stored in the file, or 0 when it has none.
    public var storedResolution: Int {
        var x: Int32 = 0
        var y: Int32 = 0
        pixGetResolution(pix, &x, &y)
        return Int(max(x, y))
    }

    /// Records a resolution in the image.
    func setResolution(_ dpi: Int) {
        pixSetResolution(pix, Int32(dpi), Int32(dpi))
    }
}
