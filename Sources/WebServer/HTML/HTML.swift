/// A fragment of HTML. Interpolated strings are escaped unless they are themselves `HTML`, so text
/// from a scan ("<script>") can only ever reach the page as text.
///
/// ```swift
/// let cell: HTML = "<td>\(document.subject ?? "")</td>"   // the subject is escaped
/// let row: HTML = "<tr>\(cell)</tr>"                        // a fragment is kept as it is
/// ```
public struct HTML: Sendable, Hashable, ExpressibleByStringInterpolation, CustomStringConvertible {
    /// The markup.
    public private(set) var markup: String

    /// Wraps markup that is already safe (written by us, never from a request or a scan).
    public init(trusted markup: String) {
        self.markup = markup
    }

    /// A literal is written by us: kept as it is.
    public init(stringLiteral value: String) {
        markup = value
    }

    /// Builds from an interpolation whose strings were escaped.
    public init(stringInterpolation: Interpolation) {
        markup = stringInterpolation.markup
    }

    /// The markup.
    public var description: String { markup }

    /// Joins fragments.
    public static func join(_ parts: [HTML], separator: HTML = "") -> HTML {
        HTML(trusted: parts.map(\.markup).joined(separator: separator.markup))
    }

    /// Appends another fragment.
    public static func + (lhs: HTML, rhs: HTML) -> HTML {
        HTML(trusted: lhs.markup + rhs.markup)
    }

    /// Escapes text for element content and quoted attribute values: `& < > " '`.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\0": continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// The interpolation: literals pass, values are escaped.
    public struct Interpolation: StringInterpolationProtocol {
        var markup = ""

        /// Reserves room for the literal parts and a guess at the values.
        public init(literalCapacity: Int, interpolationCount: Int) {
            markup.reserveCapacity(literalCapacity + interpolationCount * 16)
        }

        /// A literal, written by us: kept.
        public mutating func appendLiteral(_ literal: String) {
            markup += literal
        }

        /// Text: escaped.
        public mutating func appendInterpolation(_ text: String) {
            markup += HTML.escape(text)
        }

        /// Optional text: escaped, nothing for `nil`.
        public mutating func appendInterpolation(_ text: String?) {
            if let text { markup += HTML.escape(text) }
        }

        /// A number.
        public mutating func appendInterpolation<Number: BinaryInteger>(_ number: Number) {
            markup += String(number)
        }

        /// A fragment: kept.
        public mutating func appendInterpolation(_ html: HTML) {
            markup += html.markup
        }

        /// Fragments: kept, in order.
        public mutating func appendInterpolation(_ parts: [HTML]) {
            for part in parts { markup += part.markup }
        }
    }
}
