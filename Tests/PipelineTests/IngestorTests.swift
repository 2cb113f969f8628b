import Archive
import DocumentParser
import Foundation
import OCR
import Synchronization
import Testing

@testable import Pipeline

/// Issue 15, item 6: the ingest from files to a temporary archive, without OCR (text files and a
/// saved OCR result): one event per file, in order; a bad file is an event and the batch goes on.
@Suite("Ingestor")
struct IngestorTests {
    /// A fresh archive in a temporary folder.
    struct Scratch {
        let folder: URL
        let archive: SQLiteArchive

        init() throws {
            folder = try PipelineFiles.temporaryFolder()
            archive = try SQLiteArchive(path: folder.appendingPathComponent("archive.sqlite").path)
        }

        /// Ingests `files` and returns the events, in the order they were reported.
        func ingest(_ files: [String]) async throws -> [IngestEvent] {
            let events = Mutex<[IngestEvent]>([])
            try await Ingestor(archive: archive, ocr: OCROptions(jobs: 1)).ingest(files: files) { event in events.withLock { $0.append(event) } }
            return events.withLock { $0 }
        }
    }

    @Test("text files and a saved OCR result are stored, each with its number and page count")
    func stored() async throws {
        let scratch = try Scratch()
        defer { try? FileManager.default.removeItem(at: scratch.folder) }
        let files = [PipelineFiles.corpus("truth/qd-iso.gt.txt"), PipelineFiles.fixture("tb-tcd_bw.ocr.json")]
        let events = try await scratch.ingest(files)
        #expect(events.map(\.path) == files)
        var ids: [Int64] = []
        for (event, number) in zip(events, ["855/QĐ-UBND", "47/TB-UBND"]) {
            guard case .stored(_, let id, let pages, let version, let stored, let copyOf, _) = event else {
                Issue.record("not stored: \(event)")
                continue
            }
            #expect(stored == number)
            #expect(pages >= 1)
            #expect(version == 1)
            #expect(copyOf == nil)
            ids.append(id)
            #expect(try scratch.archive.detail(id: id)?.parsed.number?.text == number)
        }
        #expect(Set(ids).count == 2)
        let ocr = try #require(ids.last.flatMap { try scratch.archive.detail(id: $0) })
        #expect(ocr.parsed.source.textSource == .ocr, "the saved result is stored as the OCR it was")
    }

    @Test("the same content again is not stored twice: it names the archived document")
    func alreadyArchived() async throws {
        let scratch = try Scratch()
        defer { try? FileManager.default.removeItem(at: scratch.folder) }
        let path = PipelineFiles.corpus("truth/cv-snv.gt.txt")
        guard case .stored(_, let id, _, _, _, _, _)? = try await scratch.ingest([path]).first else {
            Issue.record("not stored")
            return
        }
        let copy = try PipelineFiles.write(try Data(contentsOf: URL(fileURLWithPath: path)), named: "ban-sao.txt", in: scratch.folder)
        #expect(
            try await scratch.ingest([path, copy]) == [
                .alreadyArchived(path: path, existingID: id), .alreadyArchived(path: copy, existingID: id),
            ]
        )
    }

    @Test("a changed file at an archived path becomes a new version")
    func newVersion() async throws {
        let scratch = try Scratch()
        defer { try? FileManager.default.removeItem(at: scratch.folder) }
        let path = scratch.folder.appendingPathComponent("cong-van.txt").path
        try Data(contentsOf: URL(fileURLWithPath: PipelineFiles.corpus("truth/cv-snv.gt.txt"))).write(to: URL(fileURLWithPath: path))
        let first = try await scratch.ingest([path])
        try Data(contentsOf: URL(fileURLWithPath: PipelineFiles.corpus("truth/bc-cchc.gt.txt"))).write(to: URL(fileURLWithPath: path))
        let second = try await scratch.ingest([path])
        guard case .stored(_, _, _, 1, "366/SNV-CCVC", _, _)? = first.first, case .stored(_, _, _, let version, let number, _, _)? = second.first
        else {
            Issue.record("\(first) then \(second)")
            return
        }
        #expect(version == 2)
        #expect(number == "125/BC-UBND")
    }

    @Test("a bad file is a failed event with its reason; the files after it are still stored")
    func badFileInABatch() async throws {
        let scratch = try Scratch()
        defer { try? FileManager.default.removeItem(at: scratch.folder) }
        let binary = try PipelineFiles.write(Data([0x00, 0x01, 0x02, 0xFF, 0xFE, 0x7F]), named: "hong.pdf", in: scratch.folder)
        let empty = try PipelineFiles.write(Data(), named: "rong.txt", in: scratch.folder)
        let good = PipelineFiles.corpus("truth/bc-cchc.gt.txt")
        let events = try await scratch.ingest([binary, empty, good])
        try #require(events.count == 3)
        guard case .failed(binary, let reason) = events[0], case .failed(empty, let emptyReason) = events[1] else {
            Issue.record("\(events)")
            return
        }
        #expect(reason.contains("not a PNG, JPEG, TIFF, PDF or text file"))
        #expect(emptyReason.contains("empty"))
        guard case .stored(good, _, _, _, "125/BC-UBND", _, _) = events[2] else {
            Issue.record("\(events[2])")
            return
        }
    }
}
