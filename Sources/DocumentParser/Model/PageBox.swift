/// A rectangle in page pixels (origin top left): where the ink of a handwritten reading is.
///
/// Encoded as the JSON contract's array `[x, y, width, height]`.
///
/// ```swift
/// let box = PageBox(x: 472, y: 415, width: 150, height: 74)
/// box.array   // [472, 415, 150, 74]
/// ```
public struct PageBox: Sendable, Hashable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    /// Creates a box.
    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    /// `[x, y, width, height]`, the order the JSON contract uses.
    public var array: [Int] { [x, y, width, height] }
}

extension PageBox: Codable {
    /// Decodes `[x, y, width, height]`.
    /// - Throws: `DecodingError.dataCorrupted` when the array does not hold four numbers.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let values = try container.decode([Int].self)
        guard values.count == 4 else {
            throw DecodingError.dataCorruptedError(
                in: container,
                debugDescription: "a box is [x, y, width, height], found \(values.count) numbers"
            )
        }
        self.init(x: values[0], y: values[1], width: values[2], height: values[3])
    }

    /// Encodes `[x, y, width, height]`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(array)
    }
}
