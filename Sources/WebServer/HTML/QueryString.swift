import Foundation

/// Builds the query part of links (`?q=ngh%E1%BB%8B&page=2`), percent-encoding every value.
enum QueryString {
    /// Characters left as they are in a value.
    private static let allowed: CharacterSet = {
        var set = CharacterSet.alphanumerics.intersection(CharacterSet(charactersIn: Unicode.Scalar(0)...Unicode.Scalar(127)))
        set.insert(charactersIn: "-._~")
        return set
    }()

    /// "?a=1&b=x%20y" from pairs, skipping empty values; "" when none is left.
    static func make(_ pairs: [(String, String?)]) -> String {
        let items = pairs.compactMap { key, value -> String? in
            guard let value, !value.isEmpty else { return nil }
            return key + "=" + (value.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")
        }
        return items.isEmpty ? "" : "?" + items.joined(separator: "&")
    }
}
