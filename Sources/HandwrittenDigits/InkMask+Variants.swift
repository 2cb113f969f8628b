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
    /// Class probabilities averaged over the mask as written and as slightly other pens would
    /// have written it (slanted either way, thicker): one reading of an unfamiliar hand can
    /// land on a neighbouring class, the average of several is steadier.
    public func classifyVariants(of mask: InkMask) -> [Double] {
        let variants = [mask, mask.sheared(0.22), mask.sheared(-0.22), mask.thickened()]
        var sum = [Double](repeating: 0, count: 11)
        for variant in variants {
            let p = classify(DigitGlyph(normalizing: variant)).probabilities
            for i in 0..<min(sum.count, p.count) { sum[i] += p[i] }
        }
        return sum.map { $0 / Double(variants.count) }
    }
}
