/// Bounds that keep a hostile or broken file from taking the machine down.
public struct ImageLimits: Sendable, Hashable {
    /// Largest accepted image, in pixels (an A3 page at 600 dpi is ~70 million).
    public var maxPixels: Int
    /// Largest accepted side, in pixels.
    public var maxSide: Int

    /// Creates limits.
    public init(maxPixels: Int = 120_000_000, maxSide: Int = 32_000) {
        self.maxPixels = maxPixels
        self.maxSide = maxSide
    }

    /// Checks a size before any pixel is decoded.
    /// - Throws: `OCRError.tooLarge` naming the size.
    func check(width: Int, height: Int, path: String) throws {
        guard width > 0, height > 0 else {
            throw OCRError(.undecodable, path: path, reason: "the image header gives an empty size (\(width)x\(height))")
        }
        if width > maxSide || height > maxSide || width * height > maxPixels {
            throw OCRError(
                .tooLarge,
                path: path,
                reason: "the image is \(width)x\(height) pixels, more than the \(maxPixels / 1_000_000) megapixels a page may have"
            )
        }
    }
}
