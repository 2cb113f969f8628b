import Foundation

/// Reads the generated `DigitWeights` (base64 of little-endian Float16 values, tensors in order).
enum DigitWeightsDecoder {
    /// The tensors of a weights blob.
    /// - Parameters:
    ///   - base64: Base64 text; whitespace and line breaks are ignored.
    ///   - layers: Tensor names and shapes in the order their values follow.
    /// - Throws: ``DigitWeightsError`` when the text is not base64 or its length does not match.
    static func decode(base64: String, layers: [(name: String, shape: [Int])]) throws -> [String: DigitNetwork.Tensor] {
        let compact = base64.filter { !$0.isWhitespace }
        guard let data = Data(base64Encoded: compact) else {
            throw DigitWeightsError("the weights text is not valid base64")
        }
        let expected = layers.reduce(0) { $0 + $1.shape.reduce(1, *) }
        guard data.count == expected * 2 else {
            throw DigitWeightsError("the weights hold \(data.count / 2) values, the layers need \(expected)")
        }
        let bytes = [UInt8](data)
        var tensors: [String: DigitNetwork.Tensor] = [:]
        var offset = 0
        for layer in layers {
            let count = layer.shape.reduce(1, *)
            var values = [Float](repeating: 0, count: count)
            for i in 0..<count {
                let at = (offset + i) * 2
                values[i] = floatFromHalf(UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8)
            }
            tensors[layer.name] = DigitNetwork.Tensor(shape: layer.shape, values: values)
            offset += count
        }
        return tensors
    }

    /// IEEE 754 binary16 bits to Float (done by hand: `Float16` is missing on Intel macOS).
    static func floatFromHalf(_ bits: UInt16) -> Float {
        let sign: Float = bits & 0x8000 != 0 ? -1 : 1
        let exponent = Int((bits >> 10) & 0x1F)
        let fraction = Float(bits & 0x3FF)
        switch exponent {
        case 0: return sign * fraction * Float(pow(2.0, -24.0))
        case 31: return fraction == 0 ? sign * .infinity : .nan
        default: return sign * (1 + fraction / 1024) * Float(pow(2.0, Double(exponent - 15)))
        }
    }
}
