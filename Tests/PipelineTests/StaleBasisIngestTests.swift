import Archive
import DocumentParser
import Foundation
import OCR
import Synchronization
import TestSupport
import Testing

@testable import Pipeline

/// At ingest, a document resting on a "Căn cứ" the archive knows was replaced is said to need checking.
@Suite("Stale basis at ingest")
struct StaleBasisIngestTests {
    @Test func theIngestLineNamesTheReplacement() async throws {
        let folder = RepositoryPaths.repository("Corpus/status")
        let files = ["a-quyet-dinh-27-2019.txt", "c-quyet-dinh-31-2025.txt", "d-ke-hoach-12-2025.txt"].map { folder.appendingPathComponent($0).path }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("vanthu-stale-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let archive = try SQLiteArchive(path: directory.appendingPathComponent("a.sqlite").path)
        let ingestor = Ingestor(archive: archive, ocr: OCROptions(jobs: 1))
        let notices = Mutex<[String: [String]]>([:])
        try await ingestor.ingest(files: files) { event in
            if case .stored(let path, _, _, _, _, _, let found) = event {
                notices.withLock { $0[URL(fileURLWithPath: path).lastPathComponent] = found }
            }
        }
        let plan = notices.withLock { $0["d-ke-hoach-12-2025.txt"] } ?? []
        #expect(plan.contains { $0.hasPrefix("Căn cứ văn bản đã bị thay thế: 27/2019/QĐ-UBND") })
        #expect(!(notices.withLock { $0["c-quyet-dinh-31-2025.txt"] } ?? []).contains { $0.hasPrefix("Căn cứ văn bản") })
    }
}
