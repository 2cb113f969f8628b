import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdCore
import OCR
import PostgresArchive

extension WebApp {
    /// `POST /api/uploads` (one file per request, raw body, name in `X-File-Name`),
    /// `GET /api/uploads[?ids=1,2]`, `GET /api/uploads/:id`.
    func addUploadRoutes(to router: Router<BasicRequestContext>) {
        router.post("/api/uploads") { request, _ in
            var request = request
            let name = request.headers[HTTPField.Name("X-File-Name")!].flatMap { $0.removingPercentEncoding } ?? "tệp"
            let limit = self.configuration.maxUploadBytes
            let body: ByteBuffer
            do {
                body = try await request.collectBody(upTo: limit)
            } catch {
                let job = self.refuse(name: name, bytes: 0, reason: "Tệp lớn hơn giới hạn \(limit / (1024 * 1024)) MB.")
                return try Reply.json(job, status: .contentTooLarge)
            }
            let (job, status) = try await self.accept(Data(body.readableBytesView), name: name)
            return try Reply.json(job, status: status)
        }
        router.get("/api/uploads") { request, _ in
            let ids = (FormQuery(request.uri.query)["ids"] ?? "").split(separator: ",").compactMap { Int($0) }
            return try Reply.json(try await self.uploads.jobs(ids: Array(ids.prefix(500))))
        }
        router.get("/api/uploads/:id") { _, context in
            guard let id = context.parameters.get("id", as: Int.self), let job = try await self.uploads.jobs(ids: [id]).first else {
                throw WebError.notFound
            }
            return try Reply.json(job)
        }
    }

    /// Checks an upload by content (format, size, pages), then queues it: for this server's
    /// ingest (SQLite), or in the database's ingest queue (PostgreSQL).
    /// - Returns: the job and the status to answer with (202 queued, 200 already archived on
    ///   PostgreSQL, 4xx refused).
    func accept(_ data: Data, name: String) async throws -> (UploadJob, HTTPResponse.Status) {
        let safeName = OriginalStore.safeName(name)
        guard !data.isEmpty else {
            return (refuse(name: safeName, bytes: 0, reason: "Tệp rỗng (0 byte)."), .badRequest)
        }
        guard let format = InputFormat.sniff(data.prefix(4096)) else {
            if let reason = InputFormat.refusedKind(data.prefix(4096)) {
                return (refuse(name: safeName, bytes: data.count, reason: UploadReason.vietnamese(reason)), .unsupportedMediaType)
            }
            return (
                refuse(name: safeName, bytes: data.count, reason: "Không phải tệp PDF, PNG, JPEG, TIFF hay văn bản (nhận biết theo nội dung tệp)."),
                .unsupportedMediaType
            )
        }
        var job = UploadJob(id: 0, name: safeName, bytes: data.count, format: format.rawValue, pages: 0, state: .queued)
        switch uploads {
        case .memory(let queue):
            job.id = queue.reserveID()
            let path = try originals.stage(data, name: safeName, job: job.id)
            if let status = try checkPages(&job, path: path) {
                originals.removeStaging(job: job.id)
                queue.refuse(job)
                return (job, status)
            }
            queue.enqueue(job, path: path)
            return (job, .accepted)
        case .database(let database):
            // Staged only to count the pages; the bytes go to the database.
            let folder = "db-" + UUID().uuidString
            let path = try originals.stage(data, name: safeName, folder: folder)
            defer { originals.removeStaging(folder: folder) }
            let refused = try checkPages(&job, path: path)
            if let refused { return (database.record(job), refused) }
            do {
                return try await database.submit(job, data: data)
            } catch let error as PostgresArchiveError {
                throw WebError(.serviceUnavailable, "Không xếp được tệp vào hàng đợi của cơ sở dữ liệu: \(error.vietnamese)")
            }
        }
    }

    /// Counts the pages of a staged upload from its header; refuses it (state, reason, status)
    /// when it cannot be read or has more pages than allowed.
    /// - Returns: `nil` when the file may be queued, else the status to answer with.
    /// - Throws: when the staged file cannot be read.
    private func checkPages(_ job: inout UploadJob, path: String) throws -> HTTPResponse.Status? {
        do {
            job.pages = try PageCount.of(path: path, limits: configuration.ocr.limits)
        } catch let error as OCRError {
            job.state = .failed
            job.reason = UploadReason.vietnamese(error.reason)
            return .unprocessableContent
        }
        guard job.pages <= configuration.maxPages else {
            job.state = .failed
            job.reason = "Tệp có \(job.pages) trang, quá giới hạn \(configuration.maxPages) trang."
            return .contentTooLarge
        }
        return nil
    }

    /// Records a refused upload and returns its job.
    func refuse(name: String, bytes: Int, reason: String) -> UploadJob {
        uploads.refuse(
            UploadJob(id: 0, name: OriginalStore.safeName(name), bytes: bytes, format: "", pages: 0, state: .failed, reason: reason)
        )
    }
}
