/// The words that name a kind of instrument before its number ("Nghị định số", "QĐ 3855"),
/// matched on folded text so that lost tone marks ("Nghi dinh", "Quyet dinh") still match.
enum DocumentTypeWords {
    /// A type phrase: its folded words and its title.
    struct Phrase: Sendable {
        var words: [String]
        var title: String
    }

    /// Longest phrases first so that "Thông tư liên tịch" wins over "Thông tư".
    static let phrases: [Phrase] = [
        .init(words: ["thong", "tu", "lien", "tich"], title: "Thông tư liên tịch"),
        .init(words: ["thong", "bao", "ket", "luan"], title: "Thông báo kết luận"),
        .init(words: ["chuong", "trinh", "phoi", "hop"], title: "Chương trình phối hợp"),
        .init(words: ["chuong", "trinh", "hanh", "dong"], title: "Chương trình hành động"),
        .init(words: ["nghi", "dinh"], title: "Nghị định"),
        .init(words: ["quyet", "dinh"], title: "Quyết định"),
        .init(words: ["chi", "thi"], title: "Chỉ thị"),
        .init(words: ["nghi", "quyet"], title: "Nghị quyết"),
        .init(words: ["thong", "tu"], title: "Thông tư"),
        .init(words: ["cong", "van"], title: "Công văn"),
        .init(words: ["cong", "dien"], title: "Công điện"),
        .init(words: ["ke", "hoach"], title: "Kế hoạch"),
        .init(words: ["bao", "cao"], title: "Báo cáo"),
        .init(words: ["to", "trinh"], title: "Tờ trình"),
        .init(words: ["thong", "bao"], title: "Thông báo"),
        .init(words: ["huong", "dan"], title: "Hướng dẫn"),
        .init(words: ["chuong", "trinh"], title: "Chương trình"),
        .init(words: ["ket", "luan"], title: "Kết luận"),
        .init(words: ["quy", "dinh"], title: "Quy định"),
        .init(words: ["quy", "che"], title: "Quy chế"),
        .init(words: ["de", "an"], title: "Đề án"),
        .init(words: ["phuong", "an"], title: "Phương án"),
        .init(words: ["bien", "ban"], title: "Biên bản"),
        .init(words: ["giay", "moi"], title: "Giấy mời"),
        .init(words: ["van", "ban"], title: "Văn bản"),
        .init(words: ["bo", "luat"], title: "Bộ luật"),
        .init(words: ["phap", "lenh"], title: "Pháp lệnh"),
        .init(words: ["luat"], title: "Luật"),
    ]

    /// Abbreviations written before a number ("NĐ 59/2023/NĐ-CP", "QĐ 3855"), case-sensitive.
    static let abbreviations: [String: String] = [
        "NĐ": "Nghị định", "QĐ": "Quyết định", "CT": "Chỉ thị", "NQ": "Nghị quyết", "TT": "Thông tư",
        "CV": "Công văn", "KH": "Kế hoạch", "BC": "Báo cáo", "TTr": "Tờ trình", "TB": "Thông báo",
        "HD": "Hướng dẫn", "CĐ": "Công điện",
    ]

    /// Titles under which a name may stand between the type word and "số" ("Luật Đất đai số ...").
    static let namedTitles: Set<String> = ["Luật", "Bộ luật", "Pháp lệnh"]

    /// The phrase whose last word is `words[index]` (words are given nearest-first, i.e. reversed).
    /// - Parameters:
    ///   - reversedWords: folded words read backwards from a number, nearest first.
    ///   - index: position in `reversedWords` of the phrase's last word.
    /// - Returns: the phrase and how many words it spans.
    static func phrase(endingAt index: Int, in reversedWords: [String]) -> Phrase? {
        for phrase in phrases {
            let n = phrase.words.count
            guard index + n <= reversedWords.count else { continue }
            var matches = true
            for k in 0..<n where reversedWords[index + k] != phrase.words[n - 1 - k] {
                matches = false
                break
            }
            if matches { return phrase }
        }
        return nil
    }

    /// Whether folded words starting a phrase forward name a type (for "và Chỉ thị số ...").
    static func startsPhrase(_ forwardWords: [String]) -> Bool {
        guard let first = forwardWords.first else { return false }
        for phrase in phrases where phrase.words.count <= forwardWords.count && phrase.words[0] == first {
            if forwardWords.prefix(phrase.words.count).elementsEqual(phrase.words) { return true }
        }
        return false
    }
}
