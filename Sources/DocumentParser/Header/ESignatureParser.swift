/// Reads an e-signature box: "Ký bởi: … / Cơ quan: … / Thời gian ký: 26/11/2024 10:40:48" or the
/// older "Người ký: … / Email: … / Cơ quan: …" with a bare "27/12/2021 17:22:11".
///
/// The e-office centre's own stamp ("TRUNG TÂM CÔNG BÁO VÀ TIN HỌC", an e-mail and a time) is the
/// publication step: its time is never taken for the signing time.
enum ESignatureParser {
    /// Parses a box given apart from the text (`DocumentText.signatureText`): any date-time counts.
    static func parse(signatureText: String) -> ESignature? {
        let lines = TextLine.pages(of: DocumentText(path: "", sha256: "", pages: [.init(number: 1, text: signatureText)]))[0]
        return parse(lines, anyTime: true)
    }

    /// Parses the box where OCR left it inside a page: only a time on the "Thời gian ký" line counts.
    static func parse(pageLines lines: [TextLine]) -> ESignature? {
        let edge = 14
        let box = lines.count <= 2 * edge ? lines : Array(lines.prefix(edge)) + Array(lines.suffix(edge))
        return parse(box, anyTime: false)
    }

    static func parse(_ lines: [TextLine], anyTime: Bool) -> ESignature? {
        var sig = ESignature()
        for (k, line) in lines.enumerated() {
            if sig.signedBy == nil, let v = value(after: ["ky boi", "nguoi ky"], in: line) {
                var name = v
                if let next = lines[(k + 1)...].prefix(3).first(where: { !$0.isBlank }),
                    next.chars.first?.isLowercase ?? false, value(after: ["co quan", "thoi gian ky", "email"], in: next) == nil
                {
                    name += " " + next.text
                }
                if !name.isEmpty { sig.signedBy = name }
            }
            if sig.organ == nil, let v = value(after: ["co quan"], in: line), !v.isEmpty {
                sig.organ = v
            }
            if sig.time == nil, line.find("thoi gian ky") != nil {
                // The time on the label's line; a separate box may wrap it onto the next line. In page
                // text the next line may be the publication stamp's time, so only the box may wrap.
                sig.time = dateTime(in: line) ?? (anyTime ? lines[(k + 1)...].prefix(1).compactMap(dateTime).first : nil)
            }
        }
        if sig.time == nil, anyTime {
            sig.time = lines.lazy.compactMap(dateTime).first
        }
        return sig.signedBy == nil && sig.organ == nil && sig.time == nil ? nil : sig
    }

    /// The text after "label:" when the line starts with one of the labels.
    static func value(after labels: [String], in line: TextLine) -> String? {
        for label in labels {
            guard let at = line.find(label), at <= 2 else { continue }
            var i = at + label.count
            guard i < line.chars.count, line.chars[i] == ":" || line.chars[i...].first(where: { $0 != " " }) == ":" else { continue }
            while i < line.chars.count, line.chars[i] == ":" || line.chars[i] == " " { i += 1 }
            return line.slice(i, line.chars.count)
        }
        return nil
    }

    /// "26/11/2024 10:40:48", "14.03.2025 10:44:25 +07:00" → ISO 8601.
    static func dateTime(in line: TextLine) -> String? {
        let c = line.chars
        var i = 0
        while i < c.count {
            if let (iso, end) = dateAt(c, i) {
                var j = end
                while j < c.count, c[j] == " " { j += 1 }
                guard let (time, tEnd) = timeAt(c, j) else { return nil }
                var k = tEnd
                while k < c.count, c[k] == " " { k += 1 }
                var offset = ""
                if k + 6 <= c.count, c[k] == "+" || c[k] == "-", String(c[(k + 1)..<(k + 6)]).allSatisfy({ $0.isNumber || $0 == ":" }) {
                    offset = String(c[k..<(k + 6)])
                }
                return "\(iso)T\(time)\(offset)"
            }
            i += 1
        }
        return nil
    }

    static func digits(_ c: [Character], _ i: Int, _ n: ClosedRange<Int>) -> (Int, Int)? {
        var j = i
        while j < c.count, c[j].isASCII, c[j].isNumber, j - i < n.upperBound { j += 1 }
        guard n.contains(j - i), let v = Int(String(c[i..<j])) else { return nil }
        return (v, j)
    }

    static func dateAt(_ c: [Character], _ i: Int) -> (String, Int)? {
        if i > 0, c[i - 1].isNumber { return nil }
        guard let (d, a) = digits(c, i, 1...2), a < c.count, c[a] == "/" || c[a] == "." || c[a] == "-",
            let (m, b) = digits(c, a + 1, 1...2), b < c.count, c[b] == c[a],
            let (y, e) = digits(c, b + 1, 4...4), let iso = CalendarDate.iso(year: y, month: m, day: d)
        else { return nil }
        return (iso, e)
    }

    static func timeAt(_ c: [Character], _ i: Int) -> (String, Int)? {
        guard let (h, a) = digits(c, i, 1...2), a < c.count, c[a] == ":", let (m, b) = digits(c, a + 1, 2...2), h < 24, m < 60 else { return nil }
        var s = 0
        var end = b
        if b < c.count, c[b] == ":", let (sec, e) = digits(c, b + 1, 2...2), sec < 60 {
            s = sec
            end = e
        }
        func p(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return ("\(p(h)):\(p(m)):\(p(s))", end)
    }
}
