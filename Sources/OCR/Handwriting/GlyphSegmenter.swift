/// Cuts the ink of a handwritten field into digit candidates: drops dust, dotted leaders, rules
/// and pieces of the lines above and below; joins the strokes of one digit (a crossbar 7, a
/// two-stroke 4); splits touching digits where a split reads better than the whole, or where an
/// erosion parts them at a thin contact.
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

    /// Splits `glyph` where a thin contact joins two digits ("14", "21" written into each other):
    /// the glyph's ink eroded once or twice (a pixel stays where its eight neighbours are ink)
    /// falls apart into two pieces side by side, each at least half the glyph's height and a
    /// tenth of the eroded ink, cut halfway between their facing edges. `nil` when no contact
    /// thinner than the strokes joins them.
    func splitAtContact(_ glyph: Glyph, width: Int) -> (Glyph, Glyph)? {
        let w = glyph.width + 2
        let h = glyph.height + 2
        guard glyph.height >= 8 else { return nil }
        var mask = glyph.localMask(regionWidth: width, padding: 1)
        for _ in 0..<2 {
            var eroded = [UInt8](repeating: 0, count: w * h)
            for y in 1..<(h - 1) {
                for x in 1..<(w - 1) where mask[y * w + x] == 1 {
                    var all = true
                    for dy in -1...1 where all {
                        for dx in -1...1 where mask[(y + dy) * w + x + dx] == 0 { all = false }
                    }
                    if all { eroded[y * w + x] = 1 }
                }
            }
            mask = eroded
            let total = mask.reduce(0) { $0 + Int($1) }
            let parts = InkComponent.find(in: mask, width: w, height: h).filter {
                2 * $0.height >= glyph.height && 10 * $0.pixels.count >= total
            }
            guard parts.count < 2 else {
                let sorted = parts.sorted { $0.pixels.count > $1.pixels.count }.prefix(2).sorted { $0.minX < $1.minX }
                // Side by side, not stacked (the loops of an "8" with a thin waist).
                let overlap = sorted[0].maxX - sorted[1].minX + 1
                guard 2 * overlap <= min(sorted[0].width, sorted[1].width) else { return nil }
                // The cut: halfway between the parts' facing edges.
                let cut = Double(sorted[0].maxX + sorted[1].minX) / 2 + Double(glyph.minX - 1)
                let left = glyph.pixels.filter { Double($0 % width) <= cut }
                let right = glyph.pixels.filter { Double($0 % width) > cut }
                guard let l = Self.bounded(left, width: width), let r = Self.bounded(right, width: width) else { return nil }
                return (l, r)
            }
            guard total > 0 else { return nil }
        }
        return nil
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
