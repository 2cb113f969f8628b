import Foundation

/// When the document itself takes and loses effect, as it says: "Quyết định này có hiệu lực kể từ
/// ngày ký" (the issue date), "… có hiệu lực thi hành từ ngày 01/3/2025", "… hết hiệu lực kể từ
/// ngày 31/12/2025", "… có hiệu lực đến hết ngày 31/12/2025".
///
/// Only sentences about this document count: "có hiệu lực" with "này" before it in the clause, or
/// opening an article ("Điều 3. Có hiệu lực …"); another instrument's "hết hiệu lực" is an act on
/// it (``ActionReader``).
struct EffectiveDates: Sendable {
    var effective: String?
    var end: String?

    init(_ text: ScannedText, issueDate: String?) {
        let folded = text.foldedScalars
        let dates = DateReader(text: text)
        func find(_ needle: String, from: Int, within limit: Int = Int.max) -> Int? {
            let n = Array(needle.unicodeScalars)
            guard n.count <= folded.count else { return nil }
            var i = from
            let end = limit == Int.max ? folded.count : min(folded.count, from + limit + n.count)
            while i + n.count <= end {
                if folded[i] == n[0], folded[i..<(i + n.count)].elementsEqual(n) { return i }
                i += 1
            }
            return nil
        }
        /// Whether "này" stands in the clause before `index` (this document is the subject).
        func aboutThis(_ index: Int) -> Bool {
            let from = max(0, index - 80)
            let before = text.folded(from..<index)
            let clause = before.split(whereSeparator: { $0 == ";" || $0 == "." }).last.map(String.init) ?? before
            return clause.contains(" nay ") || clause.hasSuffix(" nay") || clause.contains("dieu ")
        }
        /// The date after "ngày" within a few words of `index`, or the issue date for "ngày ký".
        func date(after index: Int) -> String? {
            let window = text.folded(index..<min(text.count, index + 40))
            if let signing = window.range(of: "ngay ky"), !window[..<signing.lowerBound].contains(where: \.isNumber) {
                return issueDate
            }
            if let ngay = find("ngay", from: index, within: 30) { return dates.read(at: ngay)?.iso }
            // "từ 01/3/2025"
            guard let tu = find("tu ", from: index, within: 25) else { return nil }
            return dates.read(at: tu + 3)?.iso
        }
        var i = 0
        while let at = find("hieu luc", from: i) {
            i = at + 8
            let before = text.folded(max(0, at - 4)..<at)
            guard before.hasSuffix("het ") || before.hasSuffix("co "), aboutThis(at) else { continue }
            let after = text.folded(i..<min(text.count, i + 20))
            if before.hasSuffix("het ") {
                if end == nil { end = date(after: i) }
            } else if before.hasSuffix("co ") {
                if after.hasPrefix(" den") {
                    if end == nil { end = date(after: i) }
                } else if effective == nil {
                    effective = date(after: i)
                }
            }
        }
    }
}
