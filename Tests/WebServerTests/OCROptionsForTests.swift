import OCR

enum OCROptionsForTests {
    static var options: OCROptions { OCROptions() }
}
