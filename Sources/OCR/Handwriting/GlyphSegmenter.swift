/// Cuts the ink of a handwritten field into digit candidates: drops dust, dotted leaders, rules
/// and pieces of the lines above and below; joins the strokes of one digit (a crossbar 7, a
/// two-stroke 4); splits touching digits where a split reads better than the whole.
struct GlyphSegmenter {
    /// Height of the printed letters on the line, in pixels.
    let textHeight: Int
    /// The printed line's band, in region coordinates.
    let lineTop: Int
    let lineBottom: Int

    /// A digit candidate: its pixels (region indices) and box.
    typealias Glyph = InkComponent

    /// The candidates, left to right, before classification.
    func candidates(in mask: [UInt8], width: Int, height: Int) -> [Glyph] {
        let h = Double(textHeight)
        let kept = InkComponent.find(in: mask, width: width, height: height).filter { c in
            let w = Double(c.width)
            let ht = Double(c.height)
            if Double(c.pixels.count) < max(6, h * h / 100) { return false }  // dust
            if ht < 0.3 * h && w < 0.4 * h { return false }  // dots, a colon, a comma
            if ht < 0.22 * h && w > 0.9 * h { return false }  // rules, dotted leaders run together
            if c.centerY < Double(lineTop) - 0.6 * h || c.centerY > Double(lineBottom) + 0.4 * h { return false }
            if w > 6 * h { return false }  // a rule touching the digits
            return true
        }
        // Strokes of one digit overlap horizontally.
        var groups: [Glyph] = []
        for c in kept {
            if let last = groups.last {
                let overlap = min(last.maxX, c.maxX) - max(last.minX, c.minX) + 1
                if Double(overlap) >= 0.5 * Double(min(last.width, c.width)) {
                    groups[groups.count - 1] = last.merged(with: c)
                    continue
                }
            }
            groups.append(c)
        }
        return groups
    }

    /// Splits `glyph` at the column of least ink in its middle part, or `nil` when it is too
    /// narrow to hold two digits.
    /// - Parameter minimumAspect: how wide for its height a glyph must be to be cut (narrower
    ///   glyphs are cut only when wider than 1.3 letter heights).
    func split(_ glyph: Glyph, width: Int, minimumAspect: Double = 1.05) -> (Glyph, Glyph)? {
        guard Double(glyph.width) > minimumAspect * Double(glyph.height) || Double(glyph.width) > 1.3 * Double(textHeight) else { return nil }
        var columns = [Int](repeating: 0, count: glyph.width)
        for p in glyph.pixels { columns[p % width - glyph.minX] += 1 }
        let from = glyph.width * 3 / 10
        let to = glyph.width * 7 / 10
        guard to > from else { return nil }
        var cut = from
        for x in from...to where columns[x] < columns[cut] { cut = x }
        let cutX = glyph.minX + cut
        let left = glyph.pixels.filter { $0 % width < cutX }
        let right = glyph.pixels.filter { $0 % width >= cutX }
        guard let l = Self.bounded(left, width: width), let r = Self.bounded(right, width: width) else { return nil }
        return (l, r)
    }

    /// A glyph from pixels, with its box.
    static func bounded(_ pixels: [Int], width: Int) -> Glyph? {
        guard let first = pixels.first else { return nil }
        var g = InkComponent(minX: first % width, minY: first / width, maxX: first % width, maxY: first / width, pixels: pixels)
        for p in pixels {
            let x = p % width
            let y = p / width
            g.minX = min(g.minX, x)
            g.maxX = max(g.maxX, x)
            g.minY = min(g.minY, y)
            g.maxY = max(g.maxY, y)
        }
        return g
    }
}
