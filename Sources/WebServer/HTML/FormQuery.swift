import Foundation

/// The parameters of a request's query string as an HTML form sends them: `+` is a space and
/// `%XX` a byte (Hummingbird's own decoding leaves `+` alone).
struct FormQuery {
    private var values: [String: String] = [:]

    /// Parses a raw query (`q=nghi+dinh&page=2`); the first value of a repeated key wins.
    init(_ raw: String?) {
        for pair in (raw ?? "").split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let key = Self.decode(parts[0]), values[key] == nil else { continue }
            values[key] = parts.count > 1 ? Self.decode(parts[1]) ?? "" : ""
        }
    }

    /// The value, trimmed; `nil` when absent or empty.
    subscript(_ key: String) -> String? {
        guard let value = values[key]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else { return nil }
        return value
    }

    /// An integer value within `range`, else `fallback`.
    func integer(_ key: String, in range: ClosedRange<Int>, default fallback: Int) -> Int {
        guard let text = self[key], let value = Int(text) else { return fallback }
        return min(max(value, range.lowerBound), range.upperBound)
    }

    private static func decode(_ part: Substring) -> String? {
        part.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }
}
