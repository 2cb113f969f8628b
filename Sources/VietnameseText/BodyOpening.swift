/// The openings of a dispatch's body paragraphs ("Căn cứ …", "- Căn cứ …", "Thực hiện …", "Kính
/// gửi: …", "Xét đề nghị …"): where the header ends. The parser bounds the header's number line
/// by them, the OCR stage the handwritten blanks it looks for.
public enum BodyOpening {
    /// Folded openings, without a leading list mark.
    static let openings = ["can cu", "thuc hien", "kinh gui", "xet de nghi"]

    /// Whether folded text (lowercase, no marks) opens a body paragraph, after any leading "-",
    /// "+" or spaces.
    public static func opens(folded: some StringProtocol) -> Bool {
        let text = folded.drop { $0 == "-" || $0 == "+" || $0 == " " }
        return openings.contains { text.hasPrefix($0) }
    }
}
