extension InkMask {
    /// The mask slanted by `factor` (a row `dy` below the middle moves `factor × dy` columns right;
    /// negative leans the other way), widened to keep every ink pixel.
    public func sheared(_ factor: Double) -> InkMask {
        guard width > 0, height > 0 else { return self }
        let middle = Double(height - 1) / 2
        let shift = Int((abs(factor) * middle).rounded(.up))
        let newWidth = width + 2 * shift
        var out = [UInt8](repeating: 0, count: newWidth * height)
        for y in 0..<height {
            let dx = Int((factor * (Double(y) - middle)).rounded()) + shift
            for x in 0..<width where pixels[y * width + x] != 0 {
                let nx = x + dx
                if nx >= 0, nx < newWidth { out[y * newWidth + nx] = 1 }
            }
        }
        return InkMask(width: newWidth, height: height, pixels: out)
    }

    /// How far the ink leans: the columns its pixels move per row down, from the second moments
    /// (negative when the top leans right, as most office hands do); 0 for fewer than five pixels.
    /// Shearing by the negative of it stands the ink upright.
    public var slant: Double {
        var count = 0.0
        var sumX = 0.0
        var sumY = 0.0
        for y in 0..<height {
            for x in 0..<width where pixels[y * width + x] != 0 {
                count += 1
                sumX += Double(x)
                sumY += Double(y)
            }
        }
        guard count >= 5 else { return 0 }
        let meanX = sumX / count
        let meanY = sumY / count
        var xy = 0.0
        var yy = 0.0
        for y in 0..<height {
            for x in 0..<width where pixels[y * width + x] != 0 {
                xy += (Double(x) - meanX) * (Double(y) - meanY)
                yy += (Double(y) - meanY) * (Double(y) - meanY)
            }
        }
        return yy > 0 ? xy / yy : 0
    }

    /// The mask with every stroke one pixel thicker (3×3 dilation), as a broader pen writes it.
    public func thickened() -> InkMask {
        guard width > 0, height > 0 else { return self }
        let w = width + 2
        let h = height + 2
        var out = [UInt8](repeating: 0, count: w * h)
        for y in 0..<height {
            for x in 0..<width where pixels[y * width + x] != 0 {
                for dy in 0...2 { for dx in 0...2 { out[(y + dy) * w + x + dx] = 1 } }
            }
        }
        return InkMask(width: w, height: h, pixels: out)
    }
}

extension DigitClassifier {
    /// A writer slant within this is left as it is: the ±0.22 variants and the training's pens
    /// cover it.
    public static let uprightSlant = 0.25

    /// Class probabilities averaged over the mask as written and as slightly other pens would
    /// have written it (slanted either way, thicker): one reading of an unfamiliar hand can
    /// land on a neighbouring class, the average of several is steadier.
    ///
    /// - Parameter writerSlant: the slant of the writer's hand measured over the whole field (see
    ///   ``InkMask/slant``); when it leans more than ``uprightSlant``, the glyph stood upright by it
    ///   is one more variant. A hand slanted further than the training's pens (a "1" written as a
    ///   long stroke at 35°) otherwise reads as a slash.
    public func classifyVariants(of mask: InkMask, writerSlant: Double = 0) -> [Double] {
        var variants = [mask, mask.sheared(0.22), mask.sheared(-0.22), mask.thickened()]
        if abs(writerSlant) > Self.uprightSlant { variants.append(mask.sheared(-max(-1, min(1, writerSlant)))) }
        var sum = [Double](repeating: 0, count: 11)
        for variant in variants {
            let p = classify(DigitGlyph(normalizing: variant)).probabilities
            for i in 0..<min(sum.count, p.count) { sum[i] += p[i] }
        }
        return sum.map { $0 / Double(variants.count) }
    }
}
