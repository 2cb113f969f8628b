/// Reads who owes a task: "giao Sở Thông tin và Truyền thông chủ trì", or a body that starts the
/// sentence ("Sở Tài chính gửi ...", "Phó Hiệu trưởng thực hiện ...").
struct ResponsibleReader: Sendable {
    let text: ScannedText

    /// First words of a body's name.
    private static let bodyStarts: Set<String> = [
        "so", "phong", "ban", "uy", "ubnd", "hdnd", "hoi", "cac", "pho", "hieu", "giam", "chu", "truong", "van", "cuc",
        "chi", "trung", "bo", "thu", "thuong", "dai", "cong", "doan", "lien", "mat", "kho", "ngan", "to",
    ]

    /// Lowercase words that end a body's name: the verb of the task.
    private static let verbs: Set<String> = [
        "chủ", "phối", "thực", "tổng", "báo", "gửi", "tham", "có", "chịu", "khẩn", "rà", "nghiên", "hoàn", "triển",
        "tổ", "theo", "căn", "kiểm", "hướng", "đề", "lập", "cập", "nộp", "chuẩn", "trình", "tiếp", "xây", "được",
        "là", "cụ", "về", "tại", "để", "trước", "chậm", "trong", "và", "thường", "định", "giám", "quản", "ban",
        "phản", "nghiêm", "đôn", "chỉ", "kịp", "lưu", "nắm", "vận", "tuyên", "đăng", "cung", "bố", "hỗ", "sử",
        "tăng", "đẩy", "đánh", "xử", "giải", "nâng", "tạo", "đảm", "khẩn", "sớm", "hoàn", "rà", "góp", "cho", "đã", "cần", "phải", "sẽ", "đang",
        "nộp",
        "kính", "xin",
    ]

    /// The body after "giao", "đề nghị" or "yêu cầu" in `range` ("Chủ tịch UBND tỉnh giao Sở ... chủ trì").
    func afterGiao(in range: Range<Int>) -> String? {
        var j = range.lowerBound
        while j < range.upperBound {
            guard ScannedText.isLetter(text.scalars[j]) else {
                j += 1
                continue
            }
            guard let w = text.nextWord(from: j), w.range.upperBound <= range.upperBound else { break }
            // "giao X", "đề nghị X", "yêu cầu X" followed by a capitalised body.
            let previous = text.previousWord(before: w.range.lowerBound)?.folded
            let asks = w.folded == "giao" || (w.folded == "nghi" && previous == "de") || (w.folded == "cau" && previous == "yeu")
            if asks, let next = text.nextWord(from: w.range.upperBound),
                ScannedText.isUpper(text.scalars[next.range.lowerBound]) || next.folded == "cac"
            {
                return phrase(from: next.range.lowerBound, limit: range.upperBound)
            }
            j = w.range.upperBound
        }
        return nil
    }

    /// The body starting at `index` (bullets and list numbers skipped), if the sentence starts with one.
    func body(at index: Int, before limit: Int) -> String? {
        var j = text.skipSpaces(index)
        while j < limit, !ScannedText.isLetter(text.scalars[j]) { j += 1 }
        // "Đề nghị UBND các huyện ...", "Yêu cầu Sở ...": the body follows.
        if let de = text.nextWord(from: j), de.folded == "de" || de.folded == "yeu",
            let nghi = text.nextWord(from: de.range.upperBound), nghi.folded == "nghi" || nghi.folded == "cau"
        {
            j = text.skipSpaces(nghi.range.upperBound)
        }
        guard j < limit, let first = text.nextWord(from: j), ScannedText.isUpper(text.scalars[first.range.lowerBound]),
            Self.bodyStarts.contains(first.folded)
        else { return nil }
        return phrase(from: j, limit: limit)
    }

    /// Two-syllable words of organ names whose second syllable is also a task verb ("Đào tạo",
    /// "Phát triển"), folded: after the first, the second is still the name.
    private static let nameCompounds: Set<String> = ["dao tao", "phat trien", "ke hoach", "quy hoach", "tham dinh", "giam sat"]

    /// Capitalised words and the lowercase words of a name, up to the task's verb; the name goes on
    /// across a line break, a hyphen between its parts ("Lao động - Thương binh và Xã hội") and the
    /// commas of a list that "các" opens ("các cơ quan, đơn vị").
    private func phrase(from start: Int, limit: Int) -> String? {
        var end = start
        var j = start
        var words = 0
        var previous: String?
        let list = text.nextWord(from: start)?.folded == "cac"
        while words < 16 {
            var k = text.skipSpaces(j)
            if words > 0, k < limit, text.scalars[k] == "-" || (list && text.scalars[k] == ",") { k += 1 }
            guard let w = text.nextWord(from: k), w.range.upperBound <= limit,
                !text.scalars[j..<w.range.lowerBound].contains(ScannedText.paragraphBreak)
            else { break }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: text.scalars[w.range])
            let word = String(view).lowercased()
            if !ScannedText.isUpper(text.scalars[w.range.lowerBound]) {
                let compound = previous.map { Self.nameCompounds.contains($0 + " " + w.folded) } ?? false
                if Self.verbs.contains(word) && !compound && !(word == "và" && nextIsCapital(after: w.range.upperBound)) { break }
            }
            previous = w.folded
            end = w.range.upperBound
            j = end
            words += 1
        }
        guard end > start else { return nil }
        return text.text(start..<end)
    }

    private func nextIsCapital(after index: Int) -> Bool {
        guard let w = text.nextWord(from: index) else { return false }
        return ScannedText.isUpper(text.scalars[w.range.lowerBound])
    }
}
