/// Vietnamese document type names and their number codes (NĐ 30/2020, Phụ lục III), folded.
enum DocumentTypeCodes {
    /// Folded type name → folded code (`nil` when the type carries no code in its number).
    static let byName: [(name: String, code: String?)] = [
        ("nghi dinh", "nd"), ("quyet dinh", "qd"), ("chi thi", "ct"), ("nghi quyet", "nq"),
        ("thong tu lien tich", "ttlt"), ("thong tu", "tt"), ("ke hoach", "kh"), ("thong bao", "tb"),
        ("huong dan", "hd"), ("chuong trinh", "ctr"), ("bao cao", "bc"), ("to trinh", "ttr"),
        ("cong dien", "cd"), ("giay moi", "gm"), ("quy che", "qc"), ("quy dinh", "qyd"),
        ("de an", "da"), ("phuong an", "pa"), ("ket luan", "kl"), ("bien ban", "bb"),
        ("thong cao", "tc"), ("cong van", nil), ("luat", nil), ("phap lenh", nil), ("hien phap", nil),
    ]

    /// Codes a query may use as an abbreviation before a number ("NĐ 59/2023", "QĐ 3855").
    static let abbreviations: Set<String> = [
        "nd", "qd", "ct", "nq", "tt", "ttlt", "kh", "tb", "hd", "ctr", "bc", "ttr", "cd", "gm",
        "qc", "qyd", "da", "pa", "kl", "bb", "tc",
    ]
}
