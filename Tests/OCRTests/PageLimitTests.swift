import Foundation
import Synchronization
import Testing

@testable import OCR

/// Issue 13, item 7: the CLI's page limit (read from the header before any page) and per-page progress.
@Suite("Page limit and progress")
struct PageLimitTests {
    /// A PDF of `pages` small blank pages.
    static func blankPDF(pages: Int) throws -> String {
        var objects = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [\((0..<pages).map { "\($0 + 3) 0 R" }.joined(separator: " "))] /Count \(pages) >>",
        ]
        objects += Array(repeating: "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>", count: pages)
        var out = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (i, body) in objects.enumerated() {
            offsets.append(out.utf8.count)
            out += "\(i + 1) 0 obj\n\(body)\nendobj\n"
        }
        let xref = out.utf8.count
        out += "xref\n0 \(offsets.count + 1)\n0000000000 65535 f \n" + offsets.map { String(format: "%010d 00000 n \n", $0) }.joined()
        out += "trailer\n<< /Size \(offsets.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("vanthu-pages-\(UUID().uuidString).pdf").path
        try out.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// What the handlers saw, from the worker threads.
    struct Seen {
        var progress: [Int] = []
        var error: OCRError?
    }

    @Test func aFileOverTheLimitIsRefusedBeforeAnyPage() throws {
        let path = try Self.blankPDF(pages: 5_000)
        defer { try? FileManager.default.removeItem(atPath: path) }
        var options = OCROptions(jobs: 1)
        options.maxPages = 2_000
        let seen = Mutex(Seen())
        let started = Date()
        try OCRProcessor(options: options, pageProgress: { _, done, _ in seen.withLock { $0.progress.append(done) } })
            .run(files: [path]) { result in
                if case .failure(let error) = result { seen.withLock { $0.error = error } }
            }
        let saw = seen.withLock { $0 }
        #expect(saw.error?.code == .tooLarge)
        #expect(saw.error?.reason.contains("5000 pages") == true)
        #expect(saw.progress.isEmpty)
        #expect(Date().timeIntervalSince(started) < 30)
    }

    @Test func everyPageIsReported() throws {
        let path = try Self.blankPDF(pages: 4)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let options = OCROptions(jobs: 1)
        let seen = Mutex(Seen())
        try OCRProcessor(
            options: options,
            pageProgress: { _, done, total in
                #expect(total == 4)
                seen.withLock { $0.progress.append(done) }
            }
        ).run(files: [path]) { _ in }
        #expect(seen.withLock { $0.progress } == [1, 2, 3, 4])
    }
}
