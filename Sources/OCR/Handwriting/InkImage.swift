import CTesseract

/// A small grey region of a page as plain bytes (0 black ... 255 white), cut out of the page image
/// for the handwriting reader, with its ink found by a threshold.
struct InkImage {
    let width: Int
    let height: Int
    /// Grey levels, row by row.
    let grey: [UInt8]

    /// Cuts `box` out of a page image (8-bit grey or 1-bit); `nil` when the box is empty or the
    /// image has another depth.
    init?(page: PageImage, box: Box) {
        let x0 = max(0, box.x)
        let y0 = max(0, box.y)
        let x1 = min(page.width, box.x + box.width)
        let y1 = min(page.height, box.y + box.height)
        guard x1 - x0 >= 4, y1 - y0 >= 4 else { return nil }
        let depth = page.depth
        guard depth == 8 || depth == 1 else { return nil }
        let w = x1 - x0
        let h = y1 - y0
        var grey = [UInt8](repeating: 255, count: w * h)
        guard let data = pixGetData(page.pix) else { return nil }
        let wpl = Int(pixGetWpl(page.pix))
        for y in 0..<h {
            let row = data + (y0 + y) * wpl
            for x in 0..<w {
                let px = x0 + x
                let word = row[px >> (depth == 8 ? 2 : 5)]
                if depth == 8 {
                    // Leptonica packs bytes big-endian inside each 32-bit word.
                    grey[y * w + x] = UInt8(truncatingIfNeeded: word >> UInt32(24 - 8 * (px & 3)))
                } else {
                    let bit = (word >> UInt32(31 - (px & 31))) & 1
                    grey[y * w + x] = bit == 1 ? 0 : 255
                }
            }
        }
        self.init(width: w, height: h, grey: grey)
    }

    init(width: Int, height: Int, grey: [UInt8]) {
        self.width = width
        self.height = height
        self.grey = grey
    }

    /// How many pixels hold each grey level.
    private var histogram: [Int] {
        var histogram = [Int](repeating: 0, count: 256)
        for g in grey { histogram[Int(g)] += 1 }
        return histogram
    }

    /// The ink threshold: Otsu's split of the region's histogram, kept between 60 and 170 so
    /// that a blank region (paper only) or a dark smudge does not turn into ink.
    var threshold: UInt8 {
        let histogram = self.histogram
        let total = grey.count
        var sum = 0.0
        for (level, count) in histogram.enumerated() { sum += Double(level * count) }
        var sumBack = 0.0
        var weightBack = 0
        var best = 0.0
        var split = 128
        for level in 0..<256 {
            weightBack += histogram[level]
            guard weightBack > 0 else { continue }
            let weightFore = total - weightBack
            guard weightFore > 0 else { break }
            sumBack += Double(level * histogram[level])
            let meanBack = sumBack / Double(weightBack)
            let meanFore = (sum - sumBack) / Double(weightFore)
            let between = Double(weightBack) * Double(weightFore) * (meanBack - meanFore) * (meanBack - meanFore)
            if between > best {
                best = between
                split = level
            }
        }
        return UInt8(min(170, max(60, split)))
    }

    /// A threshold for faint ink: 45 grey levels under the paper (the region's median grey, as
    /// paper fills most of a blank), at most 215; `nil` on a dark region (paper under 150).
    /// Print and a dark pen are far below it; a light pen (grey 140–190 on 250 paper) is not.
    var faintThreshold: UInt8? {
        var seen = 0
        var paper = 255
        for (level, count) in histogram.enumerated() {
            seen += count
            if 2 * seen >= grey.count {
                paper = level
                break
            }
        }
        guard paper >= 150 else { return nil }
        return UInt8(min(215, paper - 45))
    }

    /// Of the pixels in `box` (clipped to the image) at or below `upper`, the share above
    /// `lower`: how much of the ink only the higher threshold finds.
    func share(between lower: UInt8, and upper: UInt8, in box: Box) -> Double {
        var ink = 0
        var faint = 0
        let x0 = max(0, box.x)
        let x1 = min(width, box.x + box.width)
        let y0 = max(0, box.y)
        let y1 = min(height, box.y + box.height)
        guard x1 > x0, y1 > y0 else { return 0 }
        for y in y0..<y1 {
            for x in x0..<x1 {
                let g = grey[y * width + x]
                guard g <= upper else { continue }
                ink += 1
                if g > lower { faint += 1 }
            }
        }
        return ink == 0 ? 0 : Double(faint) / Double(ink)
    }

    /// 1 where the grey is at or below `threshold`.
    func inkMask(threshold: UInt8) -> [UInt8] {
        grey.map { $0 <= threshold ? 1 : 0 }
    }
}

/// A connected piece of ink (8-connected), with its pixels.
struct InkComponent {
    var minX: Int, minY: Int, maxX: Int, maxY: Int
    /// Pixel indices (y * width + x) in the region.
    var pixels: [Int]

    var width: Int { maxX - minX + 1 }
    var height: Int { maxY - minY + 1 }
    var centerY: Double { Double(minY + maxY) / 2 }
    /// The component's box, in region coordinates.
    var box: Box { Box(x: minX, y: minY, width: width, height: height) }

    /// Each pixel's column once the hand that wrote it is stood upright about row `middleY`
    /// (`slant`: columns per row down, as ``InkMask/slant``), in the order of `pixels`.
    func uprightColumns(regionWidth: Int, slant: Double, middleY: Double) -> [Double] {
        pixels.map { p in Double(p % regionWidth) - slant * (Double(p / regionWidth) - middleY) }
    }

    /// The component's pixels as a 0/1 mask of its own box, `padding` empty pixels around it.
    /// - Parameter regionWidth: the width of the region its pixel indices refer to.
    func localMask(regionWidth: Int, padding: Int = 0) -> [UInt8] {
        let w = width + 2 * padding
        var mask = [UInt8](repeating: 0, count: w * (height + 2 * padding))
        for p in pixels { mask[(p / regionWidth - minY + padding) * w + (p % regionWidth - minX + padding)] = 1 }
        return mask
    }

    /// The components of a binary mask, left to right.
    static func find(in mask: [UInt8], width: Int, height: Int) -> [InkComponent] {
        var label = [Int32](repeating: -1, count: mask.count)
        var found: [InkComponent] = []
        var stack: [Int] = []
        for start in 0..<mask.count where mask[start] == 1 && label[start] < 0 {
            var c = InkComponent(minX: start % width, minY: start / width, maxX: start % width, maxY: start / width, pixels: [])
            let id = Int32(found.count)
            label[start] = id
            stack.append(start)
            while let p = stack.popLast() {
                c.pixels.append(p)
                let x = p % width
                let y = p / width
                c.minX = min(c.minX, x)
                c.maxX = max(c.maxX, x)
                c.minY = min(c.minY, y)
                c.maxY = max(c.maxY, y)
                for dy in -1...1 {
                    let ny = y + dy
                    guard ny >= 0, ny < height else { continue }
                    for dx in -1...1 {
                        let nx = x + dx
                        guard nx >= 0, nx < width else { continue }
                        let q = ny * width + nx
                        if mask[q] == 1 && label[q] < 0 {
                            label[q] = id
                            stack.append(q)
                        }
                    }
                }
            }
            found.append(c)
        }
        return found.sorted { $0.minX < $1.minX }
    }

    /// The union of two components.
    func merged(with other: InkComponent) -> InkComponent {
        InkComponent(
            minX: min(minX, other.minX),
            minY: min(minY, other.minY),
            maxX: max(maxX, other.maxX),
            maxY: max(maxY, other.maxY),
            pixels: pixels + other.pixels
        )
    }
}
