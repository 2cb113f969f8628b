import Foundation
import Synchronization
import VietnameseText

/// Turns an ALL-CAPS organ line into the spelling used in running text:
/// "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI" → "Ủy ban nhân dân tỉnh Quảng Ngãi",
/// "TRƯỜNG TIỂU HỌC NGUYỄN HUỆ" → "Trường Tiểu học Nguyễn Huệ",
/// "SỞ GIÁO DỤC VÀ ĐÀO TẠO" → "Sở Giáo dục và Đào tạo".
///
/// Words are matched folded, so OCR'd marks ("TĨNH", "TINH QUANG NGAI", "HỘI ĐÔNG") are repaired
/// from the tables, and proper names from the document's own text when it spells them.
struct OrganName: Sendable {
    /// How the rest of the name is written after a prefix.
    enum Tail: Sendable {
        case place, field, properName
        /// Another organ's name follows ("Ban Chấp hành Đoàn" + "Trường Đại học Tây Đô").
        case organ
    }

    /// Organ prefixes, spelled properly, with how their tail is written. Longest first.
    static let prefixes: [(words: String, tail: Tail)] = [
        ("Ủy ban Mặt trận Tổ quốc Việt Nam", .place), ("Ủy ban nhân dân", .place), ("Hội đồng nhân dân", .place),
        ("Đoàn Thanh niên Cộng sản Hồ Chí Minh", .place), ("Đoàn TNCS Hồ Chí Minh", .place),
        ("Ban Chấp hành Đoàn", .organ), ("Ban Chấp hành", .organ), ("Hội đồng trường", .organ),
        ("Tỉnh Đoàn", .place), ("Thành Đoàn", .place), ("Huyện Đoàn", .place), ("Quận Đoàn", .place), ("Thị Đoàn", .place),
        ("Tổng Liên đoàn Lao động", .place), ("Liên đoàn Lao động", .place), ("Hội Liên hiệp Phụ nữ", .place),
        ("Hội Nông dân", .place), ("Hội Cựu chiến binh", .place), ("Hội LHPN", .place), ("Hội CCB", .place),
        ("Hội Chữ thập đỏ", .place), ("Hội Người cao tuổi", .place), ("Hội Khuyến học", .place), ("Hội Luật gia", .place),
        ("Hội Nhà báo", .place), ("Công đoàn", .field),
        ("Bảo hiểm xã hội", .place), ("Ngân hàng Nhà nước", .place),
        ("Viện Kiểm sát nhân dân", .place), ("Viện KSND", .place), ("Viện", .properName), ("Tòa án nhân dân", .place), ("Bệnh viện", .properName),
        ("Tập đoàn", .properName), ("Tổng công ty", .properName), ("Công ty", .properName),
        ("Trường Trung học phổ thông", .properName), ("Trường Trung học cơ sở", .properName),
        ("Trường Tiểu học", .properName), ("Trường Mầm non", .properName), ("Trường Mẫu giáo", .properName),
        ("Trường THPT", .properName), ("Trường THCS", .properName), ("Trường TH", .properName),
        ("Trường Cao đẳng", .field), ("Trường Đại học", .field), ("Trường", .properName),
        ("Đại học", .field), ("Học viện", .field),
        ("Kho bạc Nhà nước", .place), ("Văn phòng", .field), ("Trung tâm", .field), ("Tổng cục", .field),
        ("Chi cục", .field), ("Cục", .field), ("Sở", .field), ("Phòng", .field), ("Bộ", .field),
        ("Ban Chỉ đạo", .field), ("Ban Quản lý", .field), ("Ban", .field), ("Thanh tra", .place),
        ("Công an", .place), ("Đảng ủy", .place), ("Đảng bộ", .place), ("Tỉnh ủy", .place),
        ("Thành ủy", .place), ("Quận ủy", .place), ("Huyện ủy", .place), ("Thị ủy", .place),
        ("Chính phủ", .place), ("Thủ tướng Chính phủ", .place), ("Quốc hội", .place),
    ]

    /// Administrative units, written lowercase before a name ("tỉnh Quảng Ngãi").
    static let units: [String] = ["thành phố", "thị xã", "thị trấn", "tỉnh", "huyện", "quận", "xã", "phường"]

    /// Titles of office that may stand before an organ ("CHỦ TỊCH ỦY BAN NHÂN DÂN …").
    static let offices: [String] = [
        "Phó Chủ tịch", "Chủ tịch", "Phó Giám đốc", "Giám đốc", "Trưởng ban", "Phó Trưởng ban",
        "Phó Hiệu trưởng", "Hiệu trưởng", "Bộ trưởng", "Thứ trưởng", "Thủ tướng", "Cục trưởng", "Chánh Văn phòng",
        "Chánh Thanh tra", "Trưởng phòng", "Thống đốc", "Tổng Giám đốc", "Viện trưởng",
    ]

    /// Abbreviations expanded at the start of an organ.
    static let abbreviations: [String: String] = [
        "ubnd": "Ủy ban nhân dân", "hdnd": "Hội đồng nhân dân", "bch": "Ban Chấp hành", "ldld": "Liên đoàn Lao động",
        "vksnd": "Viện Kiểm sát nhân dân", "tand": "Tòa án nhân dân", "ub": "Ủy ban", "bhxh": "Bảo hiểm xã hội",
        "tw": "Trung ương",
    ]

    /// Lowercase spellings of common words, by fold, to restore marks a mark-less OCR layer lost
    /// ("TAI CHINH" → "tài chính"). Folds shared by two words ("giao"/"giáo") are left out.
    static let lexicon: [String: String] = {
        let words =
            "ủy ban nhân dân hội đồng tỉnh huyện quận xã phường thị trấn thành phố sở phòng trường "
            + "tiểu học trung cơ phổ thông mầm non giáo dục và đào tạo tài chính nội vụ kế hoạch đầu tư "
            + "văn tâm chi cục tổng bộ công an kho bạc nhà nước quản lý dự án xây dựng y tế tư pháp "
            + "nguyên môi thanh tra lao thương binh nông nghiệp phát triển giao vận tải "
            + "thông tin truyền chủ tịch giám đốc trưởng chỉ đạo mặt trận tổ quốc việt nam đảng"
        var map: [String: String] = [:]
        var clashes = Set<String>()
        for w in words.split(separator: " ").map(String.init) {
            let f = VietnameseFolding.fold(w)
            if let other = map[f], other != w { clashes.insert(f) }
            map[f] = w
        }
        for f in clashes { map[f] = nil }
        return map
    }()

    /// The document's own spellings of proper names, read on first need.
    private let names: ProperNames

    /// Creates a converter that repairs names from `body` (capitalised words, most frequent spelling).
    init(body: [TextLine] = []) {
        names = ProperNames(body: body)
    }

    /// The document's most frequent spelling of a capitalised word whose fold is `folded`
    /// ("quang" → "Quảng"), or `nil`.
    func name(folded: String) -> String? { names.spelling(of: folded) }

    /// The proper spelling of an organ written in capitals (or already in running text).
    func spell(_ raw: String) -> String {
        var words = raw.split(whereSeparator: \.isWhitespace).map(String.init)
        guard !words.isEmpty else { return raw }
        // OCR lost the spaces of a prefix: "ỦYBANNHÂNDÂN" → "ỦY BAN NHÂN DÂN".
        if let merged = Self.mergedPrefixes[VietnameseFolding.fold(words[0])] {
            words.replaceSubrange(0...0, with: merged.split(separator: " ").map(String.init))
        }
        words = joinedSplits(words)
        // "UBND …", and "TỔNG LĐLĐ …" (the national union above the provincial ones).
        let at = words.count > 1 && VietnameseFolding.fold(words[0]) == "tong" ? 1 : 0
        if let exp = Self.abbreviations[VietnameseFolding.fold(words[at])] {
            words.replaceSubrange(at...at, with: exp.split(separator: " ").map(String.init))
        }
        let folded = words.map { VietnameseFolding.fold($0) }
        let markless = raw.unicodeScalars.allSatisfy(\.isASCII)
        var out: [String] = []
        var i = 0
        if let (office, n) = OfficeTitle.beforeOrgan(words) {
            out.append(office)
            i = n
        }
        var tail: Tail = .field
        var afterUnit = false
        let councilOrUnion = Self.match(Self.preparedPrefixes, in: folded, at: i).map { p in
            Self.prefixes.first { $0.words == p.0 }?.tail == .organ
        }
        if councilOrUnion != true, let (organ, n) = OrganNames.match(words, at: i) {
            // An organ of the national list, spelled as the list does ("BỘ TÀl CHÍNH" → "Bộ Tài
            // chính"); a place or unit after it is written as below ("… tỉnh Quảng Ngãi").
            out.append(organ)
            i = n
            tail = .place
            afterUnit = Self.units.contains { organ.lowercased().hasSuffix(" " + $0) }
        } else if let (prefix, n) = Self.match(Self.preparedPrefixes, in: folded, at: i), !Self.printedOtherwise(prefix, words[i...]) {
            out.append(prefix)
            i = n
            tail = Self.prefixes.first(where: { $0.words == prefix })?.tail ?? .field
            // The organ whose council or youth union this is, spelled as an organ of its own.
            if tail == .organ, i < words.count, Self.match(Self.preparedPrefixes, in: folded, at: i) != nil {
                return (out + [spell(words[i...].joined(separator: " "))]).joined(separator: " ")
            }
            if tail == .organ { tail = .field }
        } else if i == 0 {
            tail = .field
        }
        var startOfComponent = out.isEmpty || tail == .field
        while i < words.count {
            let afterConjunction = out.last == "và" || out.last == "-"
            if !afterConjunction, let (unit, n) = Self.match(Self.preparedUnits, in: folded, at: i), !Self.isCommonWord(folded, unitAt: i, end: n),
                markless || Self.spells(unit, words[i..<n])
                    || (n < words.count && (words[n].first?.isNumber == true || PlaceNames.match(words, at: n, single: true) != nil))
            {
                let next = n < words.count ? words[n] : ""
                let numbered = next.first?.isNumber ?? false
                out.append(numbered || out.isEmpty ? Self.capitalized(unit) : unit)
                i = n
                afterUnit = true
                continue
            }
            // A province, city or district name from the national list, spelled properly
            // ("TỈNH LÂM ĐÔNG" → "Lâm Đồng", "TP. HÒ CHÍ MINH" → "Hồ Chí Minh").
            let afterPlaceWord = afterUnit || ["tp.", "tp"].contains(VietnameseFolding.fold(out.last ?? ""))
            if let (place, end) = PlaceNames.match(words, at: i, single: afterPlaceWord) {
                out.append(place)
                i = end
                startOfComponent = false
                continue
            }
            let w = words[i]
            let f = VietnameseFolding.fold(w)
            if Self.isAbbreviation(w) {
                out.append(w)
            } else if afterUnit || tail == .properName || tail == .place {
                out.append(Self.capitalized(repaired(w, markless: markless)))
            } else if f == "va" || f == "-" {
                out.append(f == "va" ? "và" : "-")
                startOfComponent = true
                i += 1
                continue
            } else {
                let lower = repaired(w, markless: markless).lowercased()
                out.append(startOfComponent ? Self.capitalized(lower) : lower)
            }
            startOfComponent = false
            i += 1
        }
        return out.joined(separator: " ")
    }

    /// Prefixes whose letters spell other words: "VIỄN THÔNG" is no "Viện", "HUYỆN ĐOAN HÙNG" (a
    /// district) no "Huyện Đoàn".
    static let spelledAlike: Set<String> = ["Viện", "Tỉnh Đoàn", "Thành Đoàn", "Huyện Đoàn", "Quận Đoàn", "Thị Đoàn"]

    /// Whether a prefix of ``spelledAlike`` matched by its letters is another word as printed
    /// with its marks. A word printed without marks (a layer that lost them) still matches; the
    /// other prefixes match by their letters (OCR slips on a mark: "TRUỜNG").
    static func printedOtherwise(_ prefix: String, _ words: ArraySlice<String>) -> Bool {
        guard spelledAlike.contains(prefix) else { return false }
        return zip(prefix.split(separator: " "), words).contains { expected, word in
            !word.allSatisfy(\.isASCII) && word.lowercased() != expected.lowercased()
        }
    }

    /// Whether `words` print `unit` with its own marks ("QUẬN", not "QUẢN" or "QUÂN"). A unit whose
    /// marks differ is taken only before a place's name or a number ("TĨNH QUẢNG NGÃI", an OCR
    /// slip): "QUẢN LÝ", "QUÂN SỰ", "HẢI QUAN TP …" name no district.
    static func spells(_ unit: String, _ words: ArraySlice<String>) -> Bool {
        words.joined(separator: " ").lowercased() == unit
    }

    /// Whether the unit word spelled at `i ..< end` is an ordinary word: "CƠ QUAN" (an agency,
    /// "Đảng ủy Khối các cơ quan tỉnh") is no "quận".
    static func isCommonWord(_ folded: [String], unitAt i: Int, end: Int) -> Bool {
        folded[i] == "quan" && i > 0 && folded[i - 1] == "co"
    }

    /// Words OCR split after a first consonant ("CÔNG N GHIỆP") joined again, when the joined
    /// word is one the document writes elsewhere ("nghiệp") or the lexicon knows.
    func joinedSplits(_ words: [String]) -> [String] {
        var out: [String] = []
        var i = 0
        while i < words.count {
            let w = words[i]
            if i + 1 < words.count, w.count == 1, let c = w.first, c.isLetter, Self.loneConsonants.contains(VietnameseFolding.fold(w)),
                words[i + 1].allSatisfy(\.isLetter)
            {
                let joined = w + words[i + 1]
                let f = VietnameseFolding.fold(joined)
                if Self.lexicon[f] != nil || bodyHas(word: f) {
                    out.append(joined)
                    i += 2
                    continue
                }
            }
            out.append(w)
            i += 1
        }
        return out
    }

    /// Consonants that are no Vietnamese word alone.
    static let loneConsonants: Set<String> = ["b", "c", "d", "g", "h", "k", "l", "m", "n", "p", "q", "r", "s", "t", "v", "x"]

    /// Whether a line of the body holds the folded word `folded` (as a whole word).
    func bodyHas(word folded: String) -> Bool {
        let needle = Array(folded.utf8)
        for line in names.body where UTF8Search.contains(line.fold, needle) {
            if line.fold.split(whereSeparator: { !$0.isLetter }).contains(where: { $0 == folded }) { return true }
        }
        return false
    }

    /// The word as written when it carries marks; a mark-less word ("QUANG") restored from the
    /// document's own spelling, or from the lexicon when the whole name came without marks
    /// (`markless`: a layer that lost them; in a name with marks "CƠ QUAN" is "quan", no
    /// "quận"). Lowercased except for a name from the document.
    func repaired(_ w: String, markless: Bool = true) -> String {
        guard w.allSatisfy(\.isASCII) else { return w.lowercased() }
        let f = VietnameseFolding.fold(w)
        return (f.count >= 2 ? name(folded: f) : nil) ?? (markless ? Self.lexicon[f] : nil) ?? w.lowercased()
    }

    /// Whether `words[at...]` starts with one of `phrases` (folded); returns it and the next index.
    /// A phrase of a table with its words folded, longest phrases first: prepared once.
    typealias Prepared = [(phrase: String, parts: [String])]

    static func prepare(_ phrases: [String]) -> Prepared {
        phrases.map { ($0, $0.split(separator: " ").map { VietnameseFolding.fold(String($0)) }) }
            .sorted { $0.parts.count > $1.parts.count }
    }

    /// Prefixes of two or more words by their folded letters run together ("uybannhandan").
    static let mergedPrefixes: [String: String] = {
        var table: [String: String] = [:]
        for (phrase, parts) in prepare(prefixes.map(\.words)) where parts.count >= 2 { table[parts.joined()] = phrase }
        return table
    }()

    static let preparedOffices = prepare(offices)
    static let preparedPrefixes = prepare(prefixes.map(\.words))
    static let preparedUnits = prepare(units)

    /// The longest phrase of `phrases` that the folded words spell from `at`, and the index after it.
    static func match(_ phrases: Prepared, in folded: [String], at: Int) -> (String, Int)? {
        for (phrase, parts) in phrases where at + parts.count <= folded.count {
            if parts.elementsEqual(folded[at..<(at + parts.count)]) {
                return (phrase, at + parts.count)
            }
        }
        return nil
    }

    /// "GDĐT", "THCS", "UBND": no vowel, or a known acronym.
    static func isAbbreviation(_ w: String) -> Bool {
        guard w.count >= 2, w.allSatisfy({ $0.isUppercase || $0.isNumber }) else { return w.allSatisfy(\.isNumber) }
        let vowels = Set("aeiouy")
        let f = VietnameseFolding.fold(w)
        return !f.contains(where: { vowels.contains($0) }) || ["ubnd", "hdnd", "thpt", "mttq", "ubmttq"].contains(f)
    }

    static func capitalized(_ w: String) -> String {
        guard let first = w.first else { return w }
        return first.uppercased() + w.dropFirst()
    }
}

/// Proper-name spellings found in a document's text, by fold ("quang" → "Quảng"). Only mark-less
/// words need them, and few: each question reads only the lines whose folded text holds the word,
/// and its answer is kept.
final class ProperNames: Sendable {
    let body: [TextLine]
    /// Answers given, `nil` inside when the text has no such spelling.
    private let answers = Mutex<[String: String?]>([:])

    init(body: [TextLine]) {
        self.body = body
    }

    func spelling(of folded: String) -> String? {
        if let known = answers.withLock({ $0[folded] }) { return known }
        let needle = Array(folded.utf8)
        var counts: [String: Int] = [:]
        for line in body where line.uppercaseShare < 0.6 && UTF8Search.contains(line.fold, needle) {
            // Runs of letters of the line's characters: "Quảng" counts, "QUẢNG" and "quảng" do not.
            let chars = line.chars
            var i = 0
            while i < chars.count {
                guard chars[i].isLetter else {
                    i += 1
                    continue
                }
                var j = i + 1
                while j < chars.count, chars[j].isLetter { j += 1 }
                if j - i >= 2, chars[i].isUppercase, chars[(i + 1)..<j].allSatisfy({ $0.isLowercase }) {
                    let word = String(chars[i..<j])
                    if VietnameseFolding.fold(word) == folded { counts[word, default: 0] += 1 }
                }
                i = j
            }
        }
        let answer = counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key
        answers.withLock { $0[folded] = .some(answer) }
        return answer
    }
}
