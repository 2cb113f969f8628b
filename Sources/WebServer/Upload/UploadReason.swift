import Foundation

/// The reasons the OCR stage and the archive give in English (for the command line), said in
/// Vietnamese for the upload page. Unknown reasons keep their English text after a Vietnamese lead.
enum UploadReason {
    /// Patterns tried in order: an English prefix and its Vietnamese sentence (numbers kept from
    /// the English text where the sentence needs them).
    private static let table: [(prefix: String, vietnamese: @Sendable (String) -> String)] = [
        ("the PDF is encrypted", { _ in "PDF có mật khẩu (đã mã hóa): hãy bỏ mật khẩu rồi tải lên lại." }),
        ("the PDF is damaged", { _ in "PDF bị hỏng, không mở được." }),
        ("the PDF has no pages", { _ in "PDF không có trang nào." }),
        (
            "the PDF holds an image of",
            { english in
                "PDF chứa một ảnh quá lớn (\(numbers(in: english).prefix(2).map(String.init).joined(separator: "×")) điểm ảnh), bị từ chối trước khi giải mã."
            }
        ),
        ("the image is", { english in "Ảnh quá lớn (\(numbers(in: english).prefix(2).map(String.init).joined(separator: "×")) điểm ảnh)." }),
        ("the image header gives an empty size", { _ in "Phần đầu của ảnh ghi kích thước bằng 0: tệp bị hỏng." }),
        ("the JPEG file is truncated", { _ in "Tệp JPEG bị cắt cụt (thiếu phần cuối)." }),
        ("the PNG file is truncated", { _ in "Tệp PNG bị cắt cụt (thiếu phần cuối)." }),
        ("the PNG data is damaged", { _ in "Dữ liệu PNG bị hỏng (sai mã kiểm tra)." }),
        ("the TIFF file has no readable page", { _ in "Tệp TIFF không có trang nào đọc được." }),
        (
            "the file has",
            { english in "Tệp có \(numbers(in: english).first ?? 0) trang, quá giới hạn \(numbers(in: english).dropFirst().first ?? 0) trang." }
        ),
        ("the file is empty", { _ in "Tệp rỗng (0 byte)." }),
        ("the text file is not valid", { _ in "Tệp văn bản không phải UTF-8 (hay UTF-16 có dấu BOM)." }),
        ("a Word file", { _ in "Tệp Word (.docx), không phải bản quét: hãy xuất ra PDF (trong Word: Tệp › Lưu thành › PDF) rồi tải tệp PDF lên." }),
        ("a ZIP archive", { _ in "Tệp nén ZIP, không phải bản quét: hãy giải nén rồi tải từng tệp lên." }),
        ("not a PNG, JPEG, TIFF, PDF or text file", { _ in "Không phải tệp PDF, PNG, JPEG, TIFF hay văn bản (nhận biết theo nội dung tệp)." }),
        ("not a regular file", { _ in "Không phải tệp thường." }),
        ("tesseract", { _ in "Bộ nhận dạng chữ (tesseract) gặp lỗi khi đọc trang." }),
        (
            "page ",
            { english in
                "Trang \(numbers(in: english).first ?? 0): \(vietnamese(String(english.drop(while: { $0 != ":" }).dropFirst().drop(while: { $0 == " " }))))"
            }
        ),
        ("The archive is busy", { _ in "Kho lưu trữ đang bận (một tiến trình vanthu khác đang ghi); hãy thử lại." }),
        ("The disk is full", { _ in "Ổ đĩa đã đầy: văn bản chưa được lưu." }),
        ("The archive cannot be written", { _ in "Không ghi được vào kho lưu trữ (tệp hoặc thư mục chỉ đọc)." }),
        ("The archive is damaged", { _ in "Kho lưu trữ bị hỏng: hãy khôi phục từ bản sao lưu." }),
        ("The document could not be stored", { _ in "Không lưu được văn bản (trùng một trang hay một tệp đã có)." }),
        ("the ", { english in "Không đọc được tệp: \(english)" }),
    ]

    /// The Vietnamese reason for an English one.
    static func vietnamese(_ english: String) -> String {
        for entry in table where english.hasPrefix(entry.prefix) { return entry.vietnamese(english) }
        return "Không đọc được tệp: \(english)"
    }

    private static func numbers(in text: String) -> [Int] {
        text.split(whereSeparator: { !$0.isASCIIDigitCharacter }).compactMap { Int($0) }
    }
}

extension Character {
    fileprivate var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}
