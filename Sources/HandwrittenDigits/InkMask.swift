/// A binary image of one candidate glyph cut from a page: `1` where there is ink, `0` elsewhere.
///
/// Row-major, `pixels.count == width * height`. Any size; ``DigitGlyph`` crops it to its ink.
///
/// ```swift
/// let bar = InkMask(width: 3, height: 12, pixels: Array(repeating: 1, count: 36))
/// let glyph = DigitGlyph(normalizing: bar)
/// ```
public struct InkMask: Sendable, Hashable {
    /// Columns.
    public let width: Int
    /// Rows.
    public let height: Int
    /// Row-major pixels, non-zero = ink.
    public var pixels: [UInt8]

    /// Wraps row-major pixels; a `pixels` array of the wrong length is padded with background or cut.
    /// - Parameters:
    ///   - width: Columns (negative counts as 0).
    ///   - height: Rows (negative counts as 0).
    ///   - pixels: Row-major values, non-zero = ink.
    public init(width: Int, height: Int, pixels: [UInt8]) {
        self.width = max(0, width)
        self.height = max(0, height)
        let count = self.width * self.height
        if pixels.count == count {
            self.pixels = pixels
        } else {
            self.pixels = Array(pixels.prefix(count)) + Array(repeating: 0, count: max(0, count - pixels.count))
        }
    }

    /// Whether the pixel at column `x`, row `y` is ink; `false` outside the mask.
    public func isInk(x: Int, y: Int) -> Bool {
        x >= 0 && y >= 0 && x < width && y < height && pixels[y * width + x] != 0
    }
}
