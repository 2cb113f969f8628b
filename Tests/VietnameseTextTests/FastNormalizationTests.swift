import Foundation
import TestSupport
import Testing

@testable import VietnameseText

@Suite("The text-only normalisation agrees with the full one")
struct FastNormalizationTests {
    @Test(arguments: [
        "Số: 63 /KH-THNH\r\nQuận 6, ngày 29 tháng 02 năm 2024",
        "UỶ BAN NHÂN DÂN TỈNH KHÁNH HOÀ",
        "**KẾ HOẠCH** triển khai ~~yêu~~ công tác",
        "hoạt động, toàn diện, kết quả, hiệu quả, quản lý, khoản 2",
        "NÐ-CP — Nghị định\u{00A0}số 59/2023/NÐ‑CP\u{00AD}",
        "Nghi\u{0323} đi\u{0323}nh",  // NFD
        "công chức, viên chức năm 2024 STC-\nHCSN",
        "thuỷ lợi, hoà bình, Hoá chất, quý I",
        "emoji 📄 and CJK 文書",
        "Số: ____ /BC-UBND   \nngày _ tháng 11 ~ năm 2024  ",
        "### II. NỘI DUNG\n> trích dẫn\n*Nơi nhận:*",
        "Tỉnh Quảng Ngãi \u{00A0}\nKính gửi",
        // Markdown lines take the strip-then-scan route; these check it against the full path.
        "## **II. NỘI DUNG**  \n**KẾ HOẠCH**\u{00A0}\n__Căn cứ__ Nghị định *số* 59",
        "hoà**ng** thuỷ ~~lợi~~ * dấu sao * > không phải trích dẫn",
        "**Đ**iều 5\r**khoản** 2\r\n# tiêu đề",
        "**Nghi\u{0323}** định",  // NFD beside markdown
        "__*x*__ **a\u{20DD}** ‘**’",
    ])
    func agrees(text: String) {
        #expect(NormalizedText.normalizedString(text) == NormalizedText(text).text)
        let noJoin = NormalizationOptions(joinHyphenatedLines: false)
        #expect(NormalizedText.normalizedString(text, options: noJoin) == NormalizedText(text, options: noJoin).text)
        #expect(NormalizedText.normalizedLines(text, options: noJoin) == NormalizedText(text, options: noJoin).text.components(separatedBy: "\n"))
    }

    @Test(arguments: ["## **II. NỘI DUNG**  ", "*Nơi nhận:*", "công tác dân ~~yêu~~", "> trích", "a * b *c* d** e"])
    func markdownByScalarsAgreesWithCharacters(line: String) {
        let byCharacters = String(
            Array(line).enumerated().filter { !MarkdownDebris.markupOffsets(in: Array(line)).contains($0.offset) }.map(\.element)
        )
        #expect(MarkdownDebris.strip(line) == byCharacters)
    }

    @Test func seedAgrees() throws {
        let seed = try String(contentsOf: RepositoryPaths.shared("seeds/000_2394030464bafa6d.txt"), encoding: .utf8)
        #expect(NormalizedText.normalizedString(seed) == NormalizedText(seed).text)
    }
}
