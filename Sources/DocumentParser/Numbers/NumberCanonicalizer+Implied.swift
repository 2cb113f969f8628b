extension NumberCanonicalizer {
    /// The document type a number's codes imply: `NĐ-CP` → "Nghị định", `QĐ-UBND` → "Quyết định",
    /// `05-CT/TW` → "Chỉ thị", `98/2023/QH15` → "Luật", no type code (`163/NV`) → "Công văn".
    static func impliedType(of match: Match) -> String {
        guard let first = match.codes.first else { return "Công văn" }
        if first.uppercased().hasPrefix("QH"), first.count > 2 { return "Luật" }
        if let type = typeCodes[first.uppercased()] ?? typeCodes[first] { return type }
        return "Công văn"
    }

    /// The issuer a number's codes name without doubt (`NĐ-CP` → "Chính phủ", `CT-TTg` →
    /// "Thủ tướng Chính phủ", `QH15` → "Quốc hội", `TT-BNV` → "Bộ Nội vụ").
    static func impliedIssuer(of match: Match) -> String? {
        // The issuer's code is the first code that is not a type code (`BC-STP`, `STC-HCSN`, `NĐ-CP`).
        for code in match.codes {
            let upper = code.uppercased()
            if upper.hasPrefix("QH"), code.count > 2 { return "Quốc hội" }
            if code == "TTg" { return "Thủ tướng Chính phủ" }
            if upper == "CP" { return "Chính phủ" }
            if typeCodes[upper] != nil || typeCodes[code] != nil { continue }
            return ministries[upper]
        }
        return nil
    }

    /// Ministries and central bodies by code.
    private static let ministries: [String: String] = [
        "BNV": "Bộ Nội vụ", "BTC": "Bộ Tài chính", "BGDĐT": "Bộ Giáo dục và Đào tạo",
        "BTTTT": "Bộ Thông tin và Truyền thông", "BCA": "Bộ Công an", "BYT": "Bộ Y tế", "BTP": "Bộ Tư pháp",
        "BKHĐT": "Bộ Kế hoạch và Đầu tư", "BTNMT": "Bộ Tài nguyên và Môi trường", "BXD": "Bộ Xây dựng",
        "BLĐTBXH": "Bộ Lao động - Thương binh và Xã hội", "BNNPTNT": "Bộ Nông nghiệp và Phát triển nông thôn",
        "BGTVT": "Bộ Giao thông vận tải", "BCT": "Bộ Công Thương", "BQP": "Bộ Quốc phòng",
        "BVHTTDL": "Bộ Văn hóa, Thể thao và Du lịch", "BKHCN": "Bộ Khoa học và Công nghệ", "NHNN": "Ngân hàng Nhà nước Việt Nam",
        "VPCP": "Văn phòng Chính phủ", "UBTVQH": "Ủy ban Thường vụ Quốc hội",
        "STC": "Sở Tài chính", "STP": "Sở Tư pháp", "STNMT": "Sở Tài nguyên và Môi trường", "SGDĐT": "Sở Giáo dục và Đào tạo",
        "SNV": "Sở Nội vụ", "SXD": "Sở Xây dựng", "SYT": "Sở Y tế", "SKHĐT": "Sở Kế hoạch và Đầu tư", "SCT": "Sở Công Thương",
        "SNNPTNT": "Sở Nông nghiệp và Phát triển nông thôn", "STTTT": "Sở Thông tin và Truyền thông",
        "SLĐTBXH": "Sở Lao động - Thương binh và Xã hội", "SGTVT": "Sở Giao thông vận tải", "SKHCN": "Sở Khoa học và Công nghệ",
        "SVHTTDL": "Sở Văn hóa, Thể thao và Du lịch",
    ]
}
