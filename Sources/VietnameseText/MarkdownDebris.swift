/// Strips the markdown that converted documents carry ("**KẾ HOẠCH**", "## ", "~~yêu~~").
///
/// Only markup is removed; the words stay. Works one line at a time.
///
/// ```swift
/// MarkdownDebris.strip("## **II. NỘI DUNG**")   // "II. NỘI DUNG"
/// MarkdownDebris.strip("công tác dân ~~yêu~~")   // "công tác dân yêu"
/// ```
public enum MarkdownDebris {
    /// Returns the indices of `line`'s characters that are markup and should be dropped.
    /// - Parameter line: one line, without its line break, as characters (or as scalars when
    ///   every scalar is a character of its own).
    /// - Returns: offsets (in elements of `line`) to delete.
    static func markupOffsets<Unit: Equatable & ExpressibleByUnicodeScalarLiteral>(in line: [Unit]) -> Set<Int> {
        var drop = Set<Int>()
        // Fast path: nothing that could be markup.
        if line.last != " ", !line.contains(where: { $0 == "#" || $0 == "*" || $0 == "~" || $0 == "_" || $0 == ">" }) {
            return drop
        }
        var i = 0
        // Leading heading marks or block quote: "### ", "> ".
        var start = 0
        while start < line.count, line[start] == " " { start += 1 }
        var hashes = start
        while hashes < line.count, line[hashes] == "#" { hashes += 1 }
        if hashes > start, hashes - start <= 6, hashes < line.count, line[hashes] == " " {
            for k in start...hashes { drop.insert(k) }
        } else if start < line.count, line[start] == ">", start + 1 < line.count, line[start + 1] == " " {
            drop.insert(start)
            drop.insert(start + 1)
        }
        // Paired emphasis: "**", "__", "~~".
        i = 0
        while i + 1 < line.count {
            let c = line[i]
            if c == "*" || c == "~" || c == "_", line[i + 1] == c {
                drop.insert(i)
                drop.insert(i + 1)
                i += 2
                continue
            }
            i += 1
        }
        // Single "*" hugging a word at either end of an emphasised span: "*Nơi nhận:*".
        for k in line.indices where line[k] == "*" && !drop.contains(k) {
            let prevIsSpace = k == 0 || line[k - 1] == " "
            let nextIsSpace = k + 1 >= line.count || line[k + 1] == " "
            if prevIsSpace != nextIsSpace { drop.insert(k) }
        }
        // Markdown hard break: trailing spaces.
        var end = line.count - 1
        while end >= 0, line[end] == " " {
            drop.insert(end)
            end -= 1
        }
        return drop
    }

    /// Removes markdown markup from every line of `text`.
    /// - Parameter text: any text.
    /// - Returns: the text without heading marks, emphasis markers and trailing hard-break spaces.
    public static func strip(_ text: String) -> String {
        // Scalar by scalar when every scalar is a character of its own: Latin, Vietnamese letters
        // and general punctuation (no marks, no joiners, no "\r\n").
        if text.unicodeScalars.allSatisfy({ s in
            let v = s.value
            return (v < 0x300 && v != 0x0D) || (v >= 0x1E00 && v <= 0x1EFF) || (v >= 0x2010 && v <= 0x206F)
        }) {
            var out = String.UnicodeScalarView()
            var first = true
            for line in text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false) {
                if !first { out.append("\n") }
                first = false
                let scalars = Array(line)
                let drop = markupOffsets(in: scalars)
                if drop.isEmpty {
                    out.append(contentsOf: scalars)
                } else {
                    for (k, s) in scalars.enumerated() where !drop.contains(k) { out.append(s) }
                }
            }
            return String(out)
        }
        var out = ""
        var first = true
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if !first { out.append("\n") }
            first = false
            let chars = Array(line)
            let drop = markupOffsets(in: chars)
            for (k, c) in chars.enumerated() where !drop.contains(k) { out.append(c) }
        }
        return out
    }
}
