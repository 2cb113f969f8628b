import Foundation

/// The CNN of `Scripts/digits/model.py`: conv 5×5×F1, ReLU, max-pool 2 → conv 5×5×F2, ReLU,
/// max-pool 2 → dense H, ReLU → dense 11 → softmax. Valid convolutions; layouts as in Python
/// (conv weights [out, in, 5, 5], flatten by channel, row, column; dense weights [out, in]).
/// The widths F1, F2 and H are read from the weights' shapes.
struct DigitNetwork: Sendable {
    struct Tensor: Sendable {
        let shape: [Int]
        let values: [Float]
    }

    let conv1W: [Float], conv1B: [Float]
    let conv2W: [Float], conv2B: [Float]
    let fc1W: [Float], fc1B: [Float]
    let fc2W: [Float], fc2B: [Float]
    let filters1: Int, filters2: Int

    /// Builds the network from tensors named `conv1.w`, `conv1.b`, `conv2.w`, `conv2.b`, `fc1.w`,
    /// `fc1.b`, `fc2.w`, `fc2.b`.
    /// - Throws: ``DigitWeightsError`` when a tensor is missing or the shapes do not chain.
    init(tensors: [String: Tensor]) throws {
        func take(_ name: String, rank: Int) throws -> Tensor {
            guard let tensor = tensors[name] else { throw DigitWeightsError("layer \(name) is missing") }
            guard tensor.shape.count == rank, tensor.values.count == tensor.shape.reduce(1, *) else {
                throw DigitWeightsError("layer \(name) has shape \(tensor.shape)")
            }
            return tensor
        }
        let c1w = try take("conv1.w", rank: 4)
        let c1b = try take("conv1.b", rank: 1)
        let c2w = try take("conv2.w", rank: 4)
        let c2b = try take("conv2.b", rank: 1)
        let f1w = try take("fc1.w", rank: 2)
        let f1b = try take("fc1.b", rank: 1)
        let f2w = try take("fc2.w", rank: 2)
        let f2b = try take("fc2.b", rank: 1)
        let f1 = c1w.shape[0]
        let f2 = c2w.shape[0]
        let hidden = f1w.shape[0]
        let chained =
            c1w.shape == [f1, 1, 5, 5] && c1b.shape == [f1]
            && c2w.shape == [f2, f1, 5, 5] && c2b.shape == [f2]
            && f1w.shape == [hidden, f2 * 16] && f1b.shape == [hidden]
            && f2w.shape == [11, hidden] && f2b.shape == [11]
        guard chained else {
            throw DigitWeightsError("the layer shapes do not chain into conv 5×5, conv 5×5, dense, dense 11 on a 28×28 input")
        }
        conv1W = c1w.values
        conv1B = c1b.values
        conv2W = c2w.values
        conv2B = c2b.values
        fc1W = f1w.values
        fc1B = f1b.values
        fc2W = f2w.values
        fc2B = f2b.values
        filters1 = f1
        filters2 = f2
    }

    /// Class probabilities for a 28×28 glyph.
    func probabilities(_ input: [Float]) -> [Double] {
        let c1 = Self.pool(Self.convolve(input, channels: 1, side: 28, weights: conv1W, bias: conv1B), channels: filters1, side: 24)
        let c2 = Self.pool(Self.convolve(c1, channels: filters1, side: 12, weights: conv2W, bias: conv2B), channels: filters2, side: 8)
        let h = Self.dense(c2, weights: fc1W, bias: fc1B, relu: true)
        let logits = Self.dense(h, weights: fc2W, bias: fc2B, relu: false)
        let top = logits.max() ?? 0
        let exps = logits.map { Foundation.exp(Double($0 - top)) }
        let sum = exps.reduce(0, +)
        return exps.map { $0 / sum }
    }

    /// Valid 5×5 convolution followed by ReLU; input [channels, side, side]. Many input
    /// channels on a small map (the second layer) go through ``convolveByPatches``.
    static func convolve(_ input: [Float], channels: Int, side: Int, weights: [Float], bias: [Float]) -> [Float] {
        let k = 5
        let out = side - k + 1
        if channels * k * k > 4 * out { return convolveByPatches(input, channels: channels, side: side, weights: weights, bias: bias) }
        let filters = bias.count
        var result = [Float](repeating: 0, count: filters * out * out)
        input.withUnsafeBufferPointer { x in
            weights.withUnsafeBufferPointer { w in
                result.withUnsafeMutableBufferPointer { r in
                    for f in 0..<filters {
                        for c in 0..<channels {
                            for ky in 0..<k {
                                for kx in 0..<k {
                                    let weight = w[((f * channels + c) * k + ky) * k + kx]
                                    for y in 0..<out {
                                        let src = (c * side + y + ky) * side + kx
                                        let dst = (f * out + y) * out
                                        for xx in 0..<out { r[dst + xx] += weight * x[src + xx] }
                                    }
                                }
                            }
                        }
                        let base = f * out * out
                        for i in 0..<(out * out) { r[base + i] = max(0, r[base + i] + bias[f]) }
                    }
                }
            }
        }
        return result
    }

    /// The same convolution as one dot product per filter and position over the position's
    /// patch (channels × 5 × 5 values laid out as the weights are): long, contiguous products
    /// where the row-by-row form would run loops of 8.
    static func convolveByPatches(_ input: [Float], channels: Int, side: Int, weights: [Float], bias: [Float]) -> [Float] {
        let k = 5
        let out = side - k + 1
        let filters = bias.count
        let patch = channels * k * k
        var patches = [Float](repeating: 0, count: out * out * patch)
        input.withUnsafeBufferPointer { x in
            patches.withUnsafeMutableBufferPointer { p in
                for y in 0..<out {
                    for xx in 0..<out {
                        var at = (y * out + xx) * patch
                        for c in 0..<channels {
                            for ky in 0..<k {
                                let src = (c * side + y + ky) * side + xx
                                for kx in 0..<k { p[at + kx] = x[src + kx] }
                                at += k
                            }
                        }
                    }
                }
            }
        }
        var result = [Float](repeating: 0, count: filters * out * out)
        patches.withUnsafeBufferPointer { p in
            weights.withUnsafeBufferPointer { w in
                result.withUnsafeMutableBufferPointer { r in
                    guard let pb = p.baseAddress, let wb = w.baseAddress else { return }
                    for f in 0..<filters {
                        let wf = wb + f * patch
                        for position in 0..<(out * out) {
                            r[f * out * out + position] = max(0, dot(wf, pb + position * patch, count: patch) + bias[f])
                        }
                    }
                }
            }
        }
        return result
    }

    /// Σ a[i]·b[i] in eight lanes (a float sum in one lane is not vectorised: its order is fixed).
    static func dot(_ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>, count: Int) -> Float {
        var lanes = SIMD8<Float>()
        var i = 0
        while i + 8 <= count {
            let x = UnsafeRawPointer(a + i).loadUnaligned(as: SIMD8<Float>.self)
            let y = UnsafeRawPointer(b + i).loadUnaligned(as: SIMD8<Float>.self)
            lanes += x * y
            i += 8
        }
        var sum = lanes.sum()
        while i < count {
            sum += a[i] * b[i]
            i += 1
        }
        return sum
    }

    /// 2×2 max-pooling; input [channels, side, side].
    static func pool(_ input: [Float], channels: Int, side: Int) -> [Float] {
        let half = side / 2
        var result = [Float](repeating: 0, count: channels * half * half)
        for c in 0..<channels {
            for y in 0..<half {
                for x in 0..<half {
                    let base = (c * side + 2 * y) * side + 2 * x
                    result[(c * half + y) * half + x] = max(max(input[base], input[base + 1]), max(input[base + side], input[base + side + 1]))
                }
            }
        }
        return result
    }

    /// Fully connected layer, weights [out, in].
    static func dense(_ input: [Float], weights: [Float], bias: [Float], relu: Bool) -> [Float] {
        let n = input.count
        var result = bias
        input.withUnsafeBufferPointer { x in
            weights.withUnsafeBufferPointer { w in
                for o in 0..<bias.count {
                    var sum: Float = 0
                    for i in 0..<n { sum += w[o * n + i] * x[i] }
                    result[o] += sum
                    if relu { result[o] = max(0, result[o]) }
                }
            }
        }
        return result
    }
}
