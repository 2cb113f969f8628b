import Foundation
import Synchronization
import Testing

@testable import OCR

@Suite("Bad input: one clear error per file, the batch goes on")
struct BadInputTests {
    @Test(arguments: [
        ("empty.pdf", OCRError.Code.emptyFile, "empty"),
        ("not-a-pdf.pdf", .unsupportedFormat, "text file"),
        ("truncated.jpg", .truncated, "truncated"),
        ("lying-header.png", .undecodable, "damaged"),
        ("bomb.png", .tooLarge, "40000x40000"),
        ("broken.pdf", .brokenPDF, "damaged"),
        ("encrypted.pdf", .encryptedPDF, "password"),
        ("zero-pages.pdf", .noPages, "no pages"),
        ("does-not-exist.png", .notFound, "cannot be read"),
    ])
    func badFileFailsAlone(name: String, code: OCRError.Code, words: String) throws {
        let bad = Paths.fixture(name)
        let good = Paths.fixture("small-page.png")
        let results = Mutex<[Result<RecognizedDocument, OCRError>]>([])
        try OCRProcessor(options: OCROptions(jobs: 2)).run(files: [bad, good]) { result in results.withLock { $0.append(result) } }
        let all = results.withLock { $0 }
        try #require(all.count == 2)
        guard case .failure(let error) = all[0] else {
            Issue.record("\(name) should fail")
            return
        }
        #expect(error.code == code)
        #expect(error.path == bad)
        #expect(error.description.hasPrefix(bad + ": "))
        #expect(error.reason.contains(words))
        #expect(!error.description.contains("\n"))
        let document = try all[1].get()
        #expect(document.pages.first?.text.contains("63/KH-THNH") == true)
    }
}
