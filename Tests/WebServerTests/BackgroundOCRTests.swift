import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Pipeline
import Synchronization
import Testing

@testable import WebServer

/// Issue 15, item 4: uploads and searchable PDFs are queues run by a service of the application,
/// not threads started by requests and a lock held across a whole document's OCR.
@Suite("Background OCR")
struct BackgroundOCRTests {
    /// Records each batch it is given and holds the first one until released; every file is
    /// reported as failed, so nothing is stored.
    final class GatedIngestor: DocumentIngesting {
        let batches = Mutex<[[String]]>([])
        let released = Mutex(false)
        /// Batches whose ingest has returned.
        let finished = Mutex(0)
        let holdSeconds: Double

        init(holdSeconds: Double = 120) {
            self.holdSeconds = holdSeconds
        }

        func ingest(files: [String], events: @escaping @Sendable (IngestEvent) -> Void) throws {
            let first = batches.withLock { batches in
                batches.append(files.map { URL(fileURLWithPath: $0).lastPathComponent })
                return batches.count == 1
            }
            let started = Date()
            while first, !released.withLock({ $0 }), Date().timeIntervalSince(started) < holdSeconds { usleep(10_000) }
            for file in files { events(.failed(path: file, reason: "the stand-in stores nothing")) }
            finished.withLock { $0 += 1 }
        }
    }

    @Test("files uploaded while a batch runs wait in the queue and go together in the next batch")
    func nextBatch() async throws {
        let ingestor = GatedIngestor()
        let server = try TestServer(ingestor: ingestor)
        try await server.test { client in
            let (_, first) = try await server.upload(client, name: "mot.txt", data: Data("Công văn số 1/UBND\n".utf8))
            for _ in 0..<1200 where ingestor.batches.withLock({ $0.isEmpty }) { try await Task.sleep(for: .milliseconds(50)) }
            var later: [UploadJob] = []
            for name in ["hai.txt", "ba.txt"] {
                let (status, job) = try await server.upload(client, name: name, data: Data("Công văn số 2/UBND \(name)\n".utf8))
                #expect(status == .accepted)
                later.append(job)
            }
            #expect(try await server.app.uploads.jobs(ids: later.map(\.id)).allSatisfy { $0.state == .queued })
            #expect(!server.app.uploadsIdle)
            ingestor.released.withLock { $0 = true }
            for job in [first] + later {
                let done = try await server.finished(job.id)
                #expect(done.state == .failed)
                #expect(done.reason?.isEmpty == false)
            }
            #expect(ingestor.batches.withLock { $0.map(\.count) } == [1, 2])
            for _ in 0..<1200 where !server.app.uploadsIdle { try await Task.sleep(for: .milliseconds(50)) }
            #expect(server.app.uploadsIdle)
        }
    }

    @Test("the application stops (SIGTERM, Ctrl-C) without waiting for a batch still being read")
    func stopsWhileABatchRuns() async throws {
        let ingestor = GatedIngestor(holdSeconds: 120)
        let server = try TestServer(ingestor: ingestor)
        try await server.test { client in
            _ = try await server.upload(client, name: "dai.txt", data: Data("Công văn số 1/UBND\n".utf8))
            for _ in 0..<1200 where ingestor.batches.withLock({ $0.isEmpty }) { try await Task.sleep(for: .milliseconds(50)) }
            #expect(ingestor.batches.withLock { $0.count } == 1)
        }
        // The test framework shuts the services down gracefully when the body returns: that did
        // not wait for the batch, still held.
        #expect(ingestor.finished.withLock { $0 } == 0)
        ingestor.released.withLock { $0 = true }
    }

    @Test("two searchable PDFs asked for at once are both made, one after the other")
    func twoSearchablePDFsAtOnce() async throws {
        let server = try TestServer()
        try await server.test { client in
            var ids: [Int64] = []
            for name in ["tb-tcd_clean.png", "qd-iso_clean_p2.png"] {
                let job = try await server.ingest(client, name: name, data: try TestServer.corpus("scans/\(name)"))
                #expect(job.state == .stored, "\(job.reason ?? "")")
                ids.append(try #require(job.documentID))
            }
            @Sendable func pdf(_ id: Int64) async throws -> (HTTPResponse.Status, Data) {
                try await client.execute(uri: "/documents/\(id)/searchable.pdf", method: .get) { response in
                    (response.status, Data(response.body.readableBytesView))
                }
            }
            async let first = pdf(ids[0])
            async let second = pdf(ids[1])
            for (status, body) in try await [first, second] {
                #expect(status == .ok)
                #expect(body.starts(with: Data("%PDF-".utf8)))
            }
            let kept = try FileManager.default.contentsOfDirectory(atPath: server.app.originals.directory)
            #expect(kept.filter { $0.hasSuffix(".searchable.pdf") }.count == 2)
            #expect(!kept.contains { $0.hasSuffix(".part.pdf") })
        }
    }
}
