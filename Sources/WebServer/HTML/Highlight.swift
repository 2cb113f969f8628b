import Foundation

/// Turns a snippet with highlight markers into HTML: the text is escaped first, then the markers
/// (private-use characters no scan contains) become `<mark>` elements.
enum Highlight {
    /// The marker before a matched word (U+E000).
    static let open = "\u{E000}"
    /// The marker after a matched word (U+E001).
    static let close = "\u{E001}"

    /// The snippet as HTML with `<mark>` around matched words; unbalanced markers are dropped.
    static func html(_ snippet: String) -> HTML {
        var out = ""
        var run = ""
        var inside = false
        for scalar in snippet.unicodeScalars {
            switch scalar {
            case "\u{E000}", "\u{E001}":
                out += HTML.escape(run)
                run = ""
                if scalar == "\u{E000}", !inside {
                    out += "<mark>"
                    inside = true
                } else if scalar == "\u{E001}", inside {
                    out += "</mark>"
                    inside = false
                }
            default:
                run.unicodeScalars.append(scalar)
            }
        }
        out += HTML.escape(run)
        if inside { out += "</mark>" }
        return HTML(trusted: out)
    }

    /// The snippet as plain text (markers removed), for JSON.
    static func plain(_ snippet: String) -> String {
        snippet.replacingOccurrences(of: open, with: "").replacingOccurrences(of: close, with: "")
    }
}
