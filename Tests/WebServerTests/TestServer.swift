import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import OCR
import Pipeline
import TestSupport
import Testing

@testable import WebServer

/// A server on a fresh archive in a temporary folder, with helpers to upload and wait.
final class TestServer: Sendable {
    let directory: URL
    let app: WebApp

    init(token: String? = nil, maxUploadBytes: Int = 50 * 1024 * 1024, maxPages: Int = 100, ingestor: (any DocumentIngesting)? = nil) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("vanthu-web-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var ocr = OCROptionsForTests.options
        ocr.jobs = 1
        app = try WebApp(
            configuration: WebServerConfiguration(
                indexPath: directory.appendingPathComponent("archive.sqlite").path,
                accessToken: token,
                maxUploadBytes: maxUploadBytes,
                maxPages: maxPages,
                ocr: ocr
            ),
            ingestor: ingestor
        )
    }

    deinit {
        try? FileManager.default.removeItem(at: directory)
    }

    /// A file of the repository's `Corpus/`.
    static func corpus(_ path: String) throws -> Data {
        try Data(contentsOf: RepositoryPaths.repository("Corpus").appendingPathComponent(path))
    }

    /// A real signed scan from `../shared/real-dev`.
    static func realDev(_ name: String) throws -> Data {
        try Data(contentsOf: RepositoryPaths.shared("real-dev").appendingPathComponent(name))
    }

    /// Runs `body` against the router in memory, with the application's services (the OCR of
    /// uploads and searchable PDFs) running beside it.
    func test(_ body: @escaping @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let application = Application(router: app.router(), services: app.services)
        try await application.test(.router) { client in try await body(client) }
    }

    /// Headers of a same-origin upload from the page.
    func uploadHeaders(name: String) -> HTTPFields {
        var headers = HTTPFields()
        headers[HTTPField.Name("X-CSRF-Token")!] = app.csrfToken
        headers[HTTPField.Name("X-File-Name")!] = name.addingPercentEncoding(withAllowedCharacters: .alphanumerics)
        headers[HTTPField.Name("Sec-Fetch-Site")!] = "same-origin"
        return headers
    }

    /// Uploads a file as the page's script does and returns the status and job.
    func upload(_ client: any TestClientProtocol, name: String, data: Data) async throws -> (HTTPResponse.Status, UploadJob) {
        try await client.execute(uri: "/api/uploads", method: .post, headers: uploadHeaders(name: name), body: ByteBuffer(bytes: data)) { response in
            (response.status, try JSONDecoder().decode(UploadJob.self, from: Data(response.body.readableBytesView)))
        }
    }

    /// Uploads and waits for the ingest; returns the finished job.
    func ingest(_ client: any TestClientProtocol, name: String, data: Data) async throws -> UploadJob {
        let (status, job) = try await upload(client, name: name, data: data)
        #expect(status == .accepted, "\(name): \(job.reason ?? "")")
        return try await finished(job.id)
    }

    /// Waits until a job is no longer queued or reading: at most three minutes (a debug build
    /// reads a three-page scan with its handwriting in 20–60 s on two busy cores).
    func finished(_ id: Int) async throws -> UploadJob {
        for _ in 0..<3600 {
            if let job = try await app.uploads.jobs(ids: [id]).first, job.state != .queued, job.state != .reading { return job }
            try await Task.sleep(for: .milliseconds(50))
        }
        throw CancellationError()
    }

    /// A POST returning its status.
    static func post(_ client: any TestClientProtocol, _ uri: String, headers: HTTPFields, body: ByteBuffer) async throws -> HTTPResponse.Status {
        try await client.execute(uri: uri, method: .post, headers: headers, body: body) { $0.status }
    }

    /// A GET returning status and body text.
    static func get(
        _ client: any TestClientProtocol,
        _ uri: String,
        headers: HTTPFields = [:]
    ) async throws -> (HTTPResponse.Status, String, HTTPFields) {
        try await client.execute(uri: uri, method: .get, headers: headers) { response in
            (response.status, String(decoding: response.body.readableBytesView, as: UTF8.self), response.headers)
        }
    }
}
