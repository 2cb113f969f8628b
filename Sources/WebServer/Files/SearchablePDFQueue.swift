import Foundation
import HTTPTypes
import OCR
import ServiceLifecycle

/// Searchable PDFs waiting to be made, made one at a time in the order asked (OCR is the machine's
/// heaviest work) by ``run()``, on a thread of its own; it runs in ``BackgroundOCR``, a service of
/// the application. A request waits in the queue, never on a lock, and a PDF made once is served
/// from its file without queueing.
final class SearchablePDFQueue: Sendable {
    /// One PDF asked for, and the request waiting for it.
    private struct Request: Sendable {
        var scan: String
        var sha256: String
        var reply: CheckedContinuation<Data, any Error>
    }

    private let requests: AsyncStream<Request>
    private let submit: AsyncStream<Request>.Continuation
    private let originals: OriginalStore
    private let options: OCROptions

    /// Creates a queue writing next to the kept originals.
    /// - Parameter options: how the PDF's pages are recognised.
    init(originals: OriginalStore, options: OCROptions) {
        self.originals = originals
        self.options = options
        (requests, submit) = AsyncStream.makeStream(of: Request.self)
    }

    /// The searchable PDF of a scan, made by the OCR stage's PDF writer the first time and kept
    /// beside the original (`<sha256>.searchable.pdf`).
    /// - Parameters:
    ///   - scan: the original scan.
    ///   - sha256: its digest, which names the PDF.
    /// - Throws: ``WebError``: not found, the PDF could not be made, or the server is stopping.
    func pdf(of scan: String, sha256: String) async throws -> Data {
        let digest = sha256.lowercased()
        guard OriginalStore.isDigest(digest) else { throw WebError.notFound }
        let target = self.target(digest)
        if let made = try await WebApp.background({ FileManager.default.contents(atPath: target) }) { return made }
        return try await withCheckedThrowingContinuation { reply in
            if case .terminated = submit.yield(Request(scan: scan, sha256: digest, reply: reply)) {
                reply.resume(throwing: Self.stopping)
            }
        }
    }

    /// Makes the PDFs asked for, one at a time, until the service stops; requests still queued
    /// then are answered that the server is stopping.
    func run() async {
        await withGracefulShutdownHandler {
            for await request in requests {
                let made = await DedicatedThread.run(name: "vanthu-searchable-pdf") { Result { try self.make(request) } }
                request.reply.resume(with: made ?? .failure(Self.stopping))
            }
        } onGracefulShutdown: { [submit] in
            submit.finish()
        }
    }

    static let stopping = WebError(.serviceUnavailable, "Máy chủ đang dừng; không làm được PDF có lớp chữ lúc này.")

    private func target(_ digest: String) -> String {
        originals.directory + "/" + digest + ".searchable.pdf"
    }

    /// Makes one PDF (blocking), unless an earlier request in the queue already made it.
    private func make(_ request: Request) throws -> Data {
        let target = self.target(request.sha256)
        if let data = FileManager.default.contents(atPath: target) { return data }
        try FileManager.default.createDirectory(atPath: originals.directory, withIntermediateDirectories: true)
        let partial = originals.directory + "/." + request.sha256 + ".part.pdf"
        do {
            try OCRProcessor(options: options).run(files: [request.scan], searchablePDF: partial) { _ in }
            try FileManager.default.moveItem(atPath: partial, toPath: target)
        } catch {
            try? FileManager.default.removeItem(atPath: partial)
            throw WebError(.internalServerError, "Không làm được PDF có lớp chữ: \(error)")
        }
        guard let data = FileManager.default.contents(atPath: target) else { throw WebError.notFound }
        return data
    }
}
