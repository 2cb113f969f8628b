/// A candidate glyph normalised like MNIST: 28×28 grey values in 0...1 (1 = ink).
///
/// The one normalisation shared with `Scripts/digits/normalize.py` (change both or neither):
/// 1. crop the mask to its ink's bounding box (w × h);
/// 2. scale so the longer side is 20 px, keeping the aspect ratio (a thin "1" stays thin):
///    `ow = max(1, floor(w * 20 / max(w, h) + 0.5))`, `oh` likewise; each output pixel is the area
///    average of the source pixels it covers;
/// 3. shift by whole pixels so that the centre of mass (pixel centres at `x + 0.5`) lands on
///    (14, 14), clamped so the glyph stays inside the 28×28 frame.
public struct DigitGlyph: Sendable, Hashable {
    /// Side of the square glyph.
    public static let size = 28
    /// Side of the box the ink is scaled into.
    public static let box = 20

    /// Row-major 28×28 grey values in 0...1.
    public let pixels: [Float]

    /// Normalises a candidate's ink mask; an empty mask gives an all-background glyph.
    /// - Parameter mask: One candidate's binary ink mask, any size.
    public init(normalizing mask: InkMask) {
        let size = Self.size
        var out = [Float](repeating: 0, count: size * size)
        guard let bounds = Self.inkBounds(mask) else {
            pixels = out
            return
        }
        let w = bounds.maxX - bounds.minX + 1
        let h = bounds.maxY - bounds.minY + 1
        let longer = Double(max(w, h))
        let ow = max(1, Int((Double(w * Self.box) / longer + 0.5).rounded(.down)))
        let oh = max(1, Int((Double(h * Self.box) / longer + 0.5).rounded(.down)))
        let wx = Self.boxWeights(source: w, target: ow)
        let wy = Self.boxWeights(source: h, target: oh)

        // Columns first: rows × ow, then rows: oh × ow.
        var horizontal = [Double](repeating: 0, count: h * ow)
        for y in 0..<h {
            for x in 0..<w where mask.isInk(x: bounds.minX + x, y: bounds.minY + y) {
                for (j, weight) in wx[x] { horizontal[y * ow + j] += weight }
            }
        }
        var small = [Double](repeating: 0, count: oh * ow)
        for y in 0..<h {
            for (i, weight) in wy[y] {
                for j in 0..<ow { small[i * ow + j] += weight * horizontal[y * ow + j] }
            }
        }

        var total = 0.0
        var sumX = 0.0
        var sumY = 0.0
        for i in 0..<oh {
            for j in 0..<ow {
                let v = small[i * ow + j]
                total += v
                sumX += v * (Double(j) + 0.5)
                sumY += v * (Double(i) + 0.5)
            }
        }
        let half = Double(size) / 2
        // + 1e-6: a centre exactly on a half pixel rounds the same way whatever the summation order.
        let ox = min(max(Int((half - sumX / total + 0.5 + 1e-6).rounded(.down)), 0), size - ow)
        let oy = min(max(Int((half - sumY / total + 0.5 + 1e-6).rounded(.down)), 0), size - oh)
        for i in 0..<oh {
            for j in 0..<ow { out[(oy + i) * size + ox + j] = Float(small[i * ow + j]) }
        }
        pixels = out
    }

    /// Inclusive bounding box of the ink, or `nil` for an empty mask.
    static func inkBounds(_ mask: InkMask) -> (minX: Int, minY: Int, maxX: Int, maxY: Int)? {
        var minX = Int.max
        var minY = Int.max
        var maxX = -1
        var maxY = -1
        for y in 0..<mask.height {
            for x in 0..<mask.width where mask.pixels[y * mask.width + x] != 0 {
                minX = min(minX, x)
                maxX = max(maxX, x)
                minY = min(minY, y)
                maxY = max(maxY, y)
            }
        }
        return maxX < 0 ? nil : (minX, minY, maxX, maxY)
    }

    /// For each source pixel, the output pixels it falls in and its share of each (area averaging:
    /// an output pixel's weights sum to 1).
    static func boxWeights(source: Int, target: Int) -> [[(Int, Double)]] {
        let step = Double(source) / Double(target)
        var weights = [[(Int, Double)]](repeating: [], count: source)
        for j in 0..<target {
            let lo = Double(j) * step
            let hi = Double(j + 1) * step
            let first = Int(lo.rounded(.down))
            let last = min(source, Int(hi.rounded(.up)))
            for x in first..<max(first, last) {
                let overlap = min(hi, Double(x + 1)) - max(lo, Double(x))
                if overlap > 0 { weights[x].append((j, overlap / step)) }
            }
        }
        return weights
    }
}
