/// Cuts the ink of a handwritten field into digit candidates: drops dust, dotted leaders, rules
/// and pieces of the lines above and below; joins the strokes of one digit (a crossbar 7, a
/// two-stroke 4); offers cuts of touching digits: along the writer's slant where the least ink
/// crosses, or where an erosion parts them at a thin contact.
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

    /// Whether `glyph` is wide enough to hold two digits: wider than `minimumAspect` times its
    /// height, or than 1.3 letter heights.
    func mayHoldTwo(_ glyph: Glyph, minimumAspect: Double = 1.05) -> Bool {
        Double(glyph.width) > minimumAspect * Double(glyph.height) || Double(glyph.width) > 1.3 * Double(textHeight)
    }

    /// The ways to cut `glyph` in two along the writer's slant, best first: lines leaning as the
    /// hand leans (`slant`: columns per row down, as ``InkMask/slant``), placed where they cross
    /// the least ink between a fifth and four fifths of the glyph's width (a contact between two
    /// digits written into each other is thinner than a digit's body). A straight cut through a
    /// slanted "182" takes half the "8" with the "1"; the slanted one parts them. Each part is at
    /// least half the glyph's height and a tenth of its ink (not a serif or the end of a bar);
    /// the cuts are at least an eighth of the width apart; at most `limit` of them. Then the cuts
    /// nearer the sides that part a "1" off its neighbour (``strokeCuts``, not counted in
    /// `limit`). None for ink narrower upright than three tenths of its height: one stroke.
    func slantedCuts(_ glyph: Glyph, width: Int, slant: Double, limit: Int = 3) -> [(Glyph, Glyph)] {
        guard glyph.width >= 6, glyph.height >= 8, !glyph.pixels.isEmpty else { return [] }
        let upright = glyph.uprightColumns(regionWidth: width, slant: slant, middleY: glyph.centerY)
        guard let low = upright.min(), let high = upright.max() else { return [] }
        let span = Int(high - low) + 1
        // A single stroke, however it leans, is narrow once stood upright ("11" written into
        // each other is a third of its height wide).
        guard 10 * span >= 3 * glyph.height else { return [] }
        var profile = [Int](repeating: 0, count: span)
        for u in upright { profile[Int(u - low)] += 1 }
        let from = span / 5
        let to = span * 4 / 5
        guard to - from >= 2 else { return [] }
        // Local minima of the ink across, smoothed over three columns, least ink first.
        let smooth: [Int] = (0..<span).map { (x: Int) -> Int in profile[max(0, x - 1)...min(span - 1, x + 1)].reduce(0, +) }
        let minima = (from...to).filter { (x: Int) -> Bool in
            let here = smooth[x]
            return here <= smooth[max(0, x - 1)] && here <= smooth[min(span - 1, x + 1)]
        }.sorted { (a: Int, b: Int) -> Bool in smooth[a] < smooth[b] || (smooth[a] == smooth[b] && a < b) }
        let apart = max(3, span / 8)
        var chosen: [Int] = []
        for x in minima where chosen.count < limit && chosen.allSatisfy({ abs($0 - x) >= apart }) { chosen.append(x) }
        let cuts = chosen.compactMap { x in cut(glyph, at: x, upright: upright, low: low, width: width) }
        return cuts + strokeCuts(glyph, profile: smooth, upright: upright, low: low, width: width)
    }

    /// `glyph` parted at upright column `x` (counted from `low`): each part at least half the
    /// glyph's height and a tenth of its ink.
    private func cut(_ glyph: Glyph, at x: Int, upright: [Double], low: Double, width: Int) -> (Glyph, Glyph)? {
        var left: [Int] = []
        var right: [Int] = []
        for (p, u) in zip(glyph.pixels, upright) {
            if Int(u - low) < x { left.append(p) } else { right.append(p) }
        }
        guard let l = Self.bounded(left, width: width), let r = Self.bounded(right, width: width),
            2 * min(l.height, r.height) >= glyph.height,
            10 * min(left.count, right.count) >= glyph.pixels.count
        else { return nil }
        return (l, r)
    }

    /// Cuts that part a "1" written into its neighbour at the glyph's side, outside the middle
    /// three fifths the other cuts keep to: a "1" stood upright is a tenth to a fifth of a touching
    /// pair's width ("15" written in one stroke reads "5" whole). Where the ink across is least
    /// between a tenth and a fifth of the width from either side (a local minimum of `profile`,
    /// the ink per upright column smoothed over three), when the part beyond it is one stroke
    /// (stood upright, at most three tenths of its height wide), nearly the glyph's height (nine
    /// tenths) and the contact is thin: at most half the ink the stroke has in its fullest column,
    /// in one place (the ink across spans at most a third of the glyph's height: the side of a
    /// "0" meets the rest at its top and its bottom).
    private func strokeCuts(_ glyph: Glyph, profile: [Int], upright: [Double], low: Double, width: Int) -> [(Glyph, Glyph)] {
        let span = profile.count
        guard span >= 10 else { return [] }
        let sides: [(range: ClosedRange<Int>, strokeOnLeft: Bool)] = [
            (max(1, span / 10)...max(1, span / 5 - 1), true),
            (min(span - 2, span * 4 / 5 + 1)...min(span - 2, span * 9 / 10), false),
        ]
        var cuts: [(Glyph, Glyph)] = []
        for (range, strokeOnLeft) in sides where range.lowerBound <= range.upperBound {
            let minima = range.filter { x in profile[x] <= profile[x - 1] && profile[x] <= profile[x + 1] }
            guard let x = minima.min(by: { profile[$0] < profile[$1] }),
                let (left, right) = cut(glyph, at: x, upright: upright, low: low, width: width)
            else { continue }
            let stroke = strokeOnLeft ? left : right
            // Column x goes to the right part.
            let strokeColumns = strokeOnLeft ? profile[..<x] : profile[x...]
            let strokeWidth = strokeOnLeft ? x : span - x
            let across = zip(glyph.pixels, upright).filter { abs(Int($0.1 - low) - x) <= 1 }.map { $0.0 / width }
            guard 10 * stroke.height >= 9 * glyph.height, 10 * strokeWidth <= 3 * stroke.height,
                let fullest = strokeColumns.max(), 2 * profile[x] <= fullest,
                let top = across.min(), let bottom = across.max(), 3 * (bottom - top + 1) <= glyph.height
            else { continue }
            cuts.append((left, right))
        }
        return cuts
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
