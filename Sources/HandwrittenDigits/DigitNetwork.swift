import Foundation

/// The CNN of `Scripts/digits/model.py`: conv 5×5×12, ReLU, max-pool 2 → conv 5×5×24, ReLU,
/// max-pool 2 → dense 64, ReLU → dense 11 → softmax. Valid convolutions; layouts as in Python
/// (conv weights [out, in, 5, 5], flatten by channel, row, column; dense weights [out, in]).
struct DigitNetwork: Sendable {
    struct Tensor: Sendable {
        let shape: [Int]
        let values: [Float]
    }

    static let expectedShapes: [(name: String, shape: [Int])] = [
        ("conv1.w", [12, 1, 5, 5]), ("conv1.b", [12]),
        ("conv2.w", [24, 12, 5, 5]), ("conv2.b", [24]),
        ("fc1.w", [64, 384]), ("fc1.b", [64]),
        ("fc2.w", [11, 64]), ("fc2.b", [11]),
    ]

    let conv1W: [Float], conv1B: [Float]
    let conv2W: [Float], conv2B: [Float]
    let fc1W: [Float], fc1B: [Float]
    let fc2W: [Float], fc2B: [Float]

    /// Builds the network from tensors named as in ``expectedShapes``.
    /// - Throws: ``DigitWeightsError`` when a tensor is missing or has the wrong shape.
    init(tensors: [String: Tensor]) throws {
        func take(_ name: String) throws -> [Float] {
            guard let expected = Self.expectedShapes.first(where: { $0.name == name })?.shape else {
                throw DigitWeightsError("no layer named \(name)")
            }
            guard let tensor = tensors[name] else { throw DigitWeightsError("layer \(name) is missing") }
            guard tensor.shape == expected, tensor.values.count == expected.reduce(1, *) else {
                throw DigitWeightsError("layer \(name) has shape \(tensor.shape), expected \(expected)")
            }
            return tensor.values
        }
        conv1W = try take("conv1.w"); conv1B = try take("conv1.b")
        conv2W = try take("conv2.w"); conv2B = try take("conv2.b")
        fc1W = try take("fc1.w"); fc1B = try take("fc1.b")
        fc2W = try take("fc2.w"); fc2B = try take("fc2.b")
    }

    /// Class probabilities for a 28×28 glyph.
    func probabilities(_ input: [Float]) -> [Double] {
        let c1 = Self.pool(Self.convolve(input, channels: 1, side: 28, weights: conv1W, bias: conv1B), channels: 12, side: 24)
        let c2 = Self.pool(Self.convolve(c1, channels: 12, side: 12, weights: conv2W, bias: conv2B), channels: 24, side: 8)
        let h = Self.dense(c2, weights: fc1W, bias: fc1B, relu: true)
        let logits = Self.dense(h, weights: fc2W, bias: fc2B, relu: false)
        let top = logits.max() ?? 0
        let exps = logits.map { Foundation.exp(Double($0 - top)) }
        let sum = exps.reduce(0, +)
        return exps.map { $0 / sum }
    }

    /// Valid 5×5 convolution followed by ReLU; input [channels, side, side].
    static func convolve(_ input: [Float], channels: Int, side: Int, weights: [Float], bias: [Float]) -> [Float] {
        let k = 5, out = side - k + 1, filters = bias.count
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
