public import DocumentParser

/// Generates a synthetic archive for benchmarks: realistic Vietnamese dispatches with numbers,
/// citations (to national instruments and to earlier synthetic documents, so many resolve),
/// deadlines, one to three pages each. Deterministic for a given seed; lazy, so memory stays flat.
///
/// ```swift
/// for (parsed, text) in SyntheticArchive.generate(count: 100_000, seed: 42) {
///     _ = try archive.store(parsed, text: text)
/// }
/// ```
public enum SyntheticArchive {
    /// A lazy sequence of `count` documents.
    ///
    /// - Parameters:
    ///   - count: how many documents.
    ///   - seed: the random seed; the same seed gives the same archive.
    /// - Returns: parsed documents with their text, in issue order.
    public static func generate(count: Int, seed: UInt64) -> Documents {
        Documents(count: count, seed: seed)
    }

    /// The generated documents, made one at a time while iterating.
    public struct Documents: Sequence, Sendable {
        let count: Int
        let seed: UInt64

        /// Iterates the documents.
        public func makeIterator() -> Iterator {
            Iterator(count: count, random: SplitMix64(seed: seed))
        }

        /// Makes the next document on demand.
        public struct Iterator: IteratorProtocol {
            let count: Int
            var random: SplitMix64
            var index = 0

            /// The next document, or `nil` after `count`.
            public mutating func next() -> (ParsedDocument, DocumentText)? {
                guard index < count else { return nil }
                defer { index += 1 }
                return SyntheticArchive.makeDocument(index: index, random: &random)
            }
        }
    }

    static let national: [(type: String, number: String, date: String, issuer: String, about: String)] = [
        ("Nghị định", "59/2023/NĐ-CP", "2023-08-14", "Chính phủ", "quy định chi tiết Luật Thực hiện dân chủ ở cơ sở"),
        ("Nghị định", "30/2020/NĐ-CP", "2020-03-05", "Chính phủ", "về công tác văn thư"),
        ("Nghị định", "123/2020/NĐ-CP", "2020-10-19", "Chính phủ", "quy định về hóa đơn, chứng từ"),
        ("Chỉ thị", "05-CT/TW", "2016-05-15", "Bộ Chính trị", "về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"),
        ("Chỉ thị", "16/CT-TTg", "2016-05-16", "Thủ tướng Chính phủ", "về tăng cường công tác phòng cháy, chữa cháy"),
        ("Luật", "10/2022/QH15", "2022-11-10", "Quốc hội", "Luật Thực hiện dân chủ ở cơ sở"),
        ("Thông tư", "01/2016/TT-BNV", "2016-01-13", "Bộ Nội vụ", "hướng dẫn về công tác văn thư"),
        ("Quyết định", "3855/QĐ-UBND", "2023-11-02", "Ủy ban nhân dân Quận 6", "ban hành quy chế làm việc"),
    ]
    static let issuers = [
        ("Ủy ban nhân dân Quận 6", "UBND"), ("Ủy ban nhân dân Quận 1", "UBND"), ("Ủy ban nhân dân huyện Bình Chánh", "UBND"),
        ("Phòng Giáo dục và Đào tạo Quận 6", "GDĐT"), ("Trường Tiểu học Nguyễn Huệ", "THNH"), ("Phòng Nội vụ Quận 6", "NV"),
        ("Sở Tài chính tỉnh Quảng Ngãi", "STC"), ("Ủy ban nhân dân phường Bình Phú", "UBND"), ("Trường THCS Hậu Giang", "THCSHG"),
    ]
    static let types = [
        ("Kế hoạch", "KH"), ("Quyết định", "QĐ"), ("Thông báo", "TB"), ("Báo cáo", "BC"), ("Công văn", ""), ("Hướng dẫn", "HD"), ("Tờ trình", "TTr"),
    ]
    static let topics = [
        "thực hiện dân chủ ở cơ sở", "phòng cháy, chữa cháy mùa khô", "công tác văn thư, lưu trữ", "cải cách hành chính",
        "chuyển đổi số trong cơ quan nhà nước", "phòng, chống dịch bệnh", "tổ chức Hội khỏe Phù Đổng", "hòa giải ở cơ sở",
        "quản lý hóa đơn điện tử", "an toàn giao thông", "bảo vệ môi trường", "xây dựng đô thị văn minh",
        "thi đua khen thưởng năm học", "tuyển sinh đầu cấp", "kiểm tra nội bộ trường học", "thủy lợi và phòng chống thiên tai",
    ]
    static let sentences = [
        "Các đơn vị chủ động xây dựng kế hoạch cụ thể, phân công nhiệm vụ rõ ràng cho từng cán bộ, công chức.",
        "Tăng cường công tác tuyên truyền, phổ biến đến toàn thể cán bộ, giáo viên, nhân viên và nhân dân trên địa bàn.",
        "Định kỳ báo cáo kết quả thực hiện về Ủy ban nhân dân Quận để tổng hợp, báo cáo cấp trên theo quy định.",
        "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị phản ánh kịp thời để được hướng dẫn.",
        "Kinh phí thực hiện từ nguồn ngân sách được giao hằng năm và các nguồn hợp pháp khác.",
        "Đẩy mạnh ứng dụng công nghệ thông tin, sử dụng văn bản điện tử và chữ ký số trong hoạt động chỉ đạo, điều hành.",
        "Kiểm tra, giám sát việc thực hiện, kịp thời biểu dương các tập thể, cá nhân có thành tích xuất sắc.",
        "Đảm bảo an ninh trật tự, an toàn xã hội, phòng ngừa các hành vi vi phạm pháp luật.",
        "Phối hợp chặt chẽ với Ủy ban Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội cùng cấp.",
        "Thủ trưởng các cơ quan, đơn vị chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân về kết quả thực hiện.",
    ]

    static func makeDocument(index: Int, random: inout SplitMix64) -> (ParsedDocument, DocumentText) {
        let issuer = issuers[random.below(issuers.count)]
        let type = types[random.below(types.count)]
        let year = 2018 + index * 7 / max(1, 100_000) % 7
        let month = 1 + random.below(12)
        let day = 1 + random.below(28)
        let date = "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
        let serial = 1 + index / issuers.count % 4000
        let number = type.1.isEmpty ? "\(serial)/\(issuer.1)" : "\(serial)/\(type.1)-\(issuer.1)"
        let topic = topics[random.below(topics.count)]
        var citations: [Citation] = []
        var pages: [String] = []
        var first = "\(issuer.0.uppercased())\nSố: \(number)\n\(type.0.uppercased())\nVề việc \(topic)\n"
        for _ in 0..<random.below(3) {
            let cited = national[random.below(national.count)]
            guard !citations.contains(where: { $0.number?.text == cited.number }) else { continue }
            let text = "\(cited.type) số \(cited.number) ngày \(cited.date) của \(cited.issuer) \(cited.about)"
            first += "Căn cứ \(text);\n"
            citations.append(
                Citation(
                    type: cited.type,
                    number: DocumentNumber(cited.number),
                    date: cited.date,
                    issuer: cited.issuer,
                    relation: .basis,
                    text: text,
                    page: 1,
                    mentions: 1
                )
            )
        }
        if index > 10, random.below(2) == 0 {
            // Cite an earlier synthetic document of the same issuer.
            let earlier = index - 1 - random.below(min(index - 1, 500))
            let earlierSerial = 1 + earlier / issuers.count % 4000
            let earlierNumber = "\(earlierSerial)/KH-\(issuer.1)"
            let text = "Kế hoạch số \(earlierNumber) của \(issuer.0)"
            first += "Thực hiện \(text);\n"
            citations.append(
                Citation(
                    type: "Kế hoạch",
                    number: DocumentNumber(earlierNumber),
                    issuer: issuer.0,
                    relation: .reference,
                    text: text,
                    page: 1,
                    mentions: 1
                )
            )
        }
        for _ in 0..<(4 + random.below(6)) { first += sentences[random.below(sentences.count)] + " " }
        pages.append(first)
        for _ in 0..<random.below(3) {
            var page = ""
            for _ in 0..<(8 + random.below(10)) { page += sentences[random.below(sentences.count)] + " " }
            pages.append(page)
        }
        var deadlines: [Deadline] = []
        if random.below(3) == 0 {
            let dueMonth = 1 + random.below(12)
            let due = "\(year)-\(dueMonth < 10 ? "0" : "")\(dueMonth)-25"
            let text = "Báo cáo kết quả về \(topic) gửi trước ngày 25/\(dueMonth)/\(year)."
            pages[pages.count - 1] += text
            deadlines.append(Deadline(date: due, task: "Báo cáo kết quả về \(topic)", responsible: "Các đơn vị", text: text, page: pages.count))
        }
        var digest = ""
        var h = random.next()
        for _ in 0..<4 {
            let hex = String(h, radix: 16)
            digest += String(repeating: "0", count: 16 - hex.count) + hex
            h = random.next()
        }
        let path = "synthetic/\(index).txt"
        let text = DocumentText(path: path, sha256: digest, pages: pages.enumerated().map { .init(number: $0.offset + 1, text: $0.element) })
        let parsed = ParsedDocument(
            source: .init(path: path, sha256: digest, pages: pages.count, textSource: .plainText),
            number: DocumentNumber(number),
            type: type.0,
            date: date,
            place: nil,
            issuer: issuer.0,
            subject: "\(type.0) về \(topic)",
            signer: .init(name: "Nguyễn Văn A", title: "CHỦ TỊCH"),
            recipients: ["Như trên", "Lưu: VT"],
            citations: citations,
            deadlines: deadlines
        )
        return (parsed, text)
    }
}

/// A small deterministic PRNG (SplitMix64).
struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ bound: Int) -> Int { bound <= 1 ? 0 : Int(next() % UInt64(bound)) }
}
