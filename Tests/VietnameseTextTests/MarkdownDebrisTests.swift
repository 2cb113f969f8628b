import Testing

@testable import VietnameseText

@Suite struct MarkdownDebrisTests {
    @Test(arguments: [
        ("**KẾ HOẠCH**  ", "KẾ HOẠCH"),
        ("## **II. NỘI DUNG THỰC HIỆN**", "II. NỘI DUNG THỰC HIỆN"),
        ("#### **8. Thực hiện**", "8. Thực hiện"),
        ("công tác dân ~~yêu~~ trong đơn vị", "công tác dân yêu trong đơn vị"),
        ("*Nơi nhận:*", "Nơi nhận:"),
        ("- Phòng GDĐT", "- Phòng GDĐT"),
        ("Số: 63 /KH-THNH", "Số: 63 /KH-THNH"),
        ("a * b", "a * b"),
    ])
    func strip(input: String, expected: String) {
        #expect(MarkdownDebris.strip(input) == expected)
    }

    @Test func keepsLines() {
        #expect(MarkdownDebris.strip("**A**\n\n## B") == "A\n\nB")
    }
}
