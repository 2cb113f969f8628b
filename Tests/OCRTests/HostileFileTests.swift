import Foundation
import Testing

@testable import OCR

/// Issue 13, items 5 and 6: FIFOs and devices are reported, never read (each case runs under a
/// deadline so that a regression fails instead of hanging the suite); names that are not UTF-8 are
/// reported with escapes, not skipped or called missing.
@Suite("Hostile files: pipes, devices, undecodable names")
struct HostileFileTests {
    /// Runs `body` on a thread of its own and fails the test when it has not returned after
    /// `seconds` (the thread is left blocked; the suite goes on).
    static func withDeadline(_ seconds: Double, _ what: String, _ body: @escaping @Sendable () -> Void) {
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            body()
            done.signal()
        }
        if done.wait(timeout: .now() + seconds) == .timedOut {
            Issue.record("\(what) still running after \(seconds) s: it hangs")
        }
    }

    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("vanthu-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func aFifoInAFolderIsReportedAndSkipped() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("pipe.pdf").path
        #expect(mkfifo(fifo, 0o600) == 0)
        try Data("Công văn số 12/UBND-VX\n".utf8).write(to: folder.appendingPathComponent("a.txt"))
        Self.withDeadline(10, "collecting a folder with a FIFO") {
            let (files, problems) = InputCollector.collect([folder.path])
            #expect(files.map { ($0 as NSString).lastPathComponent } == ["a.txt"])
            #expect(problems.map(\.code) == [.notRegularFile])
            #expect(problems.first?.reason.contains("FIFO") == true)
        }
    }

    @Test func aNamedFifoIsReportedNotOpened() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("pipe").path
        #expect(mkfifo(fifo, 0o600) == 0)
        Self.withDeadline(10, "a named FIFO") {
            let (files, problems) = InputCollector.collect([fifo])
            #expect(files.isEmpty)
            #expect(problems.first?.code == .notRegularFile)
            #expect(throws: OCRError.self) { try InputFormat.sniff(path: fifo) }
        }
    }

    @Test(arguments: ["/dev/zero", "/dev/urandom", "/dev/null"])
    func devicesAreRefusedBeforeAnyRead(path: String) {
        Self.withDeadline(10, path) {
            let (files, problems) = InputCollector.collect([path])
            #expect(files.isEmpty)
            #expect(problems.first?.code == .notRegularFile)
            do {
                _ = try InputFormat.sniff(path: path)
                Issue.record("\(path) was sniffed")
            } catch {
                #expect((error as? OCRError)?.code == .notRegularFile)
            }
        }
    }

    @Test func sniffingReadsABoundedPrefix() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let big = folder.appendingPathComponent("big.txt")
        try Data(repeating: UInt8(ascii: "a"), count: 3_000_000).write(to: big)
        #expect(try RegularFile.prefix(of: big.path, count: 4096).count == 4096)
        #expect(try InputFormat.sniff(path: big.path) == .text)
    }

    @Test func aNameThatIsNotUTF8IsReadByItsBytes() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // "café.txt" in Latin-1: 0xE9 alone is not UTF-8.
        let name: [UInt8] = Array("caf".utf8) + [0xE9] + Array(".txt".utf8)
        let cPath = (Array(folder.path.utf8) + [UInt8(ascii: "/")] + name).map { CChar(bitPattern: $0) } + [0]
        let fd = open(cPath, O_CREAT | O_WRONLY, 0o600)
        try #require(fd >= 0)
        let body = Array("Công văn số 12/UBND-VX\n".utf8)
        #expect(write(fd, body, body.count) == body.count)
        close(fd)
        let (files, problems) = InputCollector.collect([folder.path])
        #expect(problems.isEmpty)
        let path = try #require(files.first)
        #expect(FileName.display(path).hasSuffix("caf\\xe9.txt"))
        #expect(RegularFile.kind(of: path) == .regular)
        #expect(try InputFormat.sniff(path: path) == .text)
        #expect(FileName.contents(of: path) == Data(body))
        #expect(FileDigest.sha256(path: path) != nil)
        #expect(FileName.escaped(name) == "caf\\xe9.txt")
        #expect(FileName.decode(Array("Quyết định".utf8)) == "Quyết định")
        #expect(OCRError(.undecodable, path: path, reason: "x").description.hasSuffix("caf\\xe9.txt: x"))
    }
}
