import Foundation
import TestSupport

@testable import HandwrittenDigits

/// `Fixtures/heldout-masks.bin`, written by `Scripts/digits/train.py`: held-out MNIST digits
/// (never trained on) augmented toward office pens, plus synthetic junk, each with the
/// probabilities the Python model gave it.
struct HeldOutFixture {
    struct Sample {
        let label: Int
        let mask: InkMask
        let pythonProbabilities: [Double]
        var pythonArgmax: Int { pythonProbabilities.indices.max { pythonProbabilities[$0] < pythonProbabilities[$1] } ?? -1 }
    }

    let pythonDigitAccuracy: Double
    let samples: [Sample]

    static func load() throws -> HeldOutFixture {
        let url = RepositoryPaths.tests("HandwrittenDigitsTests").appendingPathComponent("Fixtures/heldout-masks.bin")
        return try HeldOutFixture(bytes: [UInt8](Data(contentsOf: url)))
    }

    struct Malformed: Error, CustomStringConvertible {
        let description: String
    }

    init(bytes: [UInt8]) throws {
        var at = 0
        func take(_ n: Int) throws -> ArraySlice<UInt8> {
            guard at + n <= bytes.count else { throw Malformed(description: "fixture ends early at byte \(at)") }
            defer { at += n }
            return bytes[at..<(at + n)]
        }
        func u32() throws -> UInt32 { try take(4).reversed().reduce(0) { $0 << 8 | UInt32($1) } }
        func u16() throws -> Int { Int(try take(2).reversed().reduce(UInt16(0)) { $0 << 8 | UInt16($1) }) }
        func f32() throws -> Float { Float(bitPattern: try u32()) }

        guard Array(try take(4)) == Array("HWD1".utf8) else { throw Malformed(description: "not a HWD1 fixture") }
        let count = Int(try u32())
        pythonDigitAccuracy = Double(try f32())
        var samples: [Sample] = []
        for _ in 0..<count {
            let label = Int(try take(1)[at - 1])
            let width = try u16()
            let height = try u16()
            var probabilities: [Double] = []
            for _ in 0..<11 { probabilities.append(Double(try f32())) }
            let packed = Array(try take((width * height + 7) / 8))
            let pixels = (0..<(width * height)).map { i in (packed[i / 8] >> (7 - UInt8(i % 8))) & 1 }
            samples.append(Sample(label: label, mask: InkMask(width: width, height: height, pixels: pixels), pythonProbabilities: probabilities))
        }
        self.samples = samples
    }
}
