import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdCore
import OCR

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
            let (job, status) = try self.accept(Data(body.readableBytesView), name: name)
            return try Reply.json(job, status: status)
        }
        router.get("/api/uploads") { request, _ in
            let ids = (FormQuery(request.uri.query)["ids"] ?? "").split(separator: ",").compactMap { Int($0) }
            return try Reply.json(self.uploads.snapshot(ids: Array(ids.prefix(500))))
        }
        router.get("/api/uploads/:id") { _, context in
            guard let id = context.parameters.get("id", as: Int.self), let job = self.uploads.snapshot(ids: [id]).first else {
                throw WebError.notFound
            }
            return try Reply.json(job)
        }
    }

    /// Checks an upload by content (format, size, pages), stages it and queues it for the ingest.
    /// - Returns: the job and the status to answer with (202 queued, 4xx refused).
    func accept(_ data: Data, name: String) throws -> (UploadJob, HTTPResponse.Status) {
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
        let id = uploads.reserveID()
        let path = try originals.stage(data, name: safeName, job: id)
        var job = UploadJob(id: id, name: safeName, bytes: data.count, format: format.rawValue, pages: 0, state: .queued)
        do {
            job.pages = try PageCount.of(path: path, limits: configuration.ocr.limits)
        } catch let error as OCRError {
            originals.removeStaging(job: id)
            job.state = .failed
            job.reason = UploadReason.vietnamese(error.reason)
            uploads.refuse(job)
            return (job, .unprocessableContent)
        }
        guard job.pages <= configuration.maxPages else {
            originals.removeStaging(job: id)
            job.state = .failed
            job.reason = "Tệp có \(job.pages) trang, quá giới hạn \(configuration.maxPages) trang."
            uploads.refuse(job)
            return (job, .contentTooLarge)
        }
        uploads.enqueue(job, path: path)
        return (job, .accepted)
    }

    /// Records a refused upload and returns its job.
    func refuse(name: String, bytes: Int, reason: String) -> UploadJob {
        let job = UploadJob(
            id: uploads.reserveID(),
            name: OriginalStore.safeName(name),
            bytes: bytes,
            format: "",
            pages: 0,
            state: .failed,
            reason: reason
        )
        uploads.refuse(job)
        return job
    }
}
