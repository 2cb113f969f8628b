import DocumentParser
import Foundation
import OCR
import Synchronization
import Testing

@testable import Pipeline

/// Issue 15, item 6: the loader turns files into the parser's text, text files and saved OCR
/// results without OCR, and a bad file into a failure of its own while the others go on.
@Suite("Document loader")
struct DocumentLoaderTests {
    /// Loads `files` (none of them a scan: no OCR runs) and returns what the handler saw, in order.
    static func load(_ files: [String], skip: @escaping @Sendable (String, String) -> Bool = { _, _ in false }) throws -> [LoadedDocument] {
        let seen = Mutex<[LoadedDocument]>([])
        try DocumentLoader(ocr: OCRProcessor(options: OCROptions(jobs: 1))).load(files: files, skip: skip) { loaded in
            seen.withLock { $0.append(loaded) }
        }
        return seen.withLock { $0 }
    }

    @Test func aTextFileIsReadAsItIs() throws {
        let path = PipelineFiles.corpus("truth/qd-iso.gt.txt")
        let loaded = try Self.load([path])
        try #require(loaded.count == 1)
        #expect(loaded[0].path == path)
        #expect(loaded[0].sha256 == FileDigest.sha256(path: path))
        #expect(loaded[0].recognized == nil)
        let text = try #require(loaded[0].outcome).get()
        #expect(text.source == .plainText)
        #expect(text.pages.allSatisfy { $0.confidence == nil })
        #expect(DocumentParser().parse(text).number == "855/QĐ-UBND")
    }

    @Test("a saved `vanthu ocr --format json` result is read again with its words, confidences and the scan's path")
    func aSavedOCRResult() throws {
        let path = PipelineFiles.fixture("tb-tcd_bw.ocr.json")
        let loaded = try Self.load([path])
        try #require(loaded.count == 1)
        #expect(loaded[0].sha256 == FileDigest.sha256(path: path), "the digest is the saved file's own")
        let text = try #require(loaded[0].outcome).get()
        #expect(text.source == .ocr)
        #expect(text.path == "Corpus/scans/tb-tcd_bw.tif")
        #expect(text.pages.count == 1)
        #expect((text.pages[0].confidence ?? 0) > 50)
        #expect(text.pages[0].handwriting.first?.digits == "47")
        let parsed = DocumentParser().parse(text)
        #expect(parsed.number == "47/TB-UBND")
        #expect(parsed.type == "Thông báo")
    }

    @Test func formFeedsSeparatePages() throws {
        let folder = try PipelineFiles.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try PipelineFiles.write(Data("Trang một\n\u{0C}Trang hai\n\u{0C}".utf8), named: "hai-trang.txt", in: folder)
        let text = try #require(try Self.load([path]).first?.outcome).get()
        #expect(text.pages.map(\.number) == [1, 2], "the empty page after the last form feed is dropped")
        #expect(text.pages.map { $0.text.trimmingCharacters(in: .whitespacesAndNewlines) } == ["Trang một", "Trang hai"])
    }

    @Test("bad files fail one by one, with the reason, and the files around them are read, in input order")
    func badFilesFailAlone() throws {
        let folder = try PipelineFiles.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let empty = try PipelineFiles.write(Data(), named: "rong.txt", in: folder)
        let binary = try PipelineFiles.write(Data([0x00, 0x01, 0x02, 0xFF, 0xFE, 0x7F]), named: "bao-cao.pdf", in: folder)
        let missing = folder.appendingPathComponent("khong-co.txt").path
        let good = PipelineFiles.corpus("truth/cv-snv.gt.txt")
        let alsoGood = PipelineFiles.corpus("truth/bc-cchc.gt.txt")
        let files = [empty, good, binary, missing, alsoGood, folder.path]
        let loaded = try Self.load(files)
        #expect(loaded.map(\.path) == files)
        let codes = loaded.map { document -> OCRError.Code? in
            if case .failure(let error) = document.outcome { return error.code }
            return nil
        }
        #expect(codes == [.emptyFile, nil, .unsupportedFormat, .notFound, nil, .notRegularFile])
        for document in loaded {
            guard case .failure(let error) = document.outcome else { continue }
            #expect(error.path == document.path)
            #expect(!error.reason.isEmpty && !error.reason.contains("\n"))
        }
        let numbers = loaded.compactMap { try? $0.outcome?.get() }.map { DocumentParser().parse($0).number }
        #expect(numbers == ["366/SNV-CCVC", "125/BC-UBND"])
    }

    @Test("a file the caller already has is skipped before it is read")
    func skipped() throws {
        let path = PipelineFiles.corpus("truth/qd-iso.gt.txt")
        let asked = Mutex<[String]>([])
        let loaded = try Self.load([path]) { _, sha256 in
            asked.withLock { $0.append(sha256) }
            return true
        }
        #expect(asked.withLock { $0 } == [FileDigest.sha256(path: path)])
        try #require(loaded.count == 1)
        #expect(loaded[0].outcome == nil)
        #expect(loaded[0].sha256 == FileDigest.sha256(path: path))
    }
}
