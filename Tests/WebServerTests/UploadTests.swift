import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import WebServer

@Suite("Uploads")
struct UploadTests {
    @Test("a scan is recognised in the background; the original is kept and offered for download")
    func scanUpload() async throws {
        let server = try TestServer()
        try await server.test { client in
            let data = try TestServer.corpus("scans/tb-tcd_clean.png")
            let (status, queued) = try await server.upload(client, name: "tb-tcd_clean.png", data: data)
            #expect(status == .accepted)
            #expect(queued.format == "png" && queued.pages == 1)
            let (_, polled, _) = try await TestServer.get(client, "/api/uploads?ids=\(queued.id)")
            #expect(polled.contains("\"id\":\(queued.id)"))
            #expect(polled.contains("\"stateLabel\":\""), "the page shows the state in Vietnamese")
            let job = try await server.finished(queued.id)
            #expect(job.state == .stored, "\(job.reason ?? "")")
            #expect(job.number == "47/TB-UBND")
            let id = try #require(job.documentID)
            let (_, original, headers) = try await client.execute(uri: "/documents/\(id)/original", method: .get) { response in
                (response.status, Data(response.body.readableBytesView), response.headers)
            }
            #expect(original == data)
            #expect(headers[.contentType] == "image/png")
            let again = try await server.ingest(client, name: "copy.png", data: data)
            #expect(again.state == .duplicate)
            #expect(again.documentID == id)
            #expect(again.number == "47/TB-UBND")
            let (_, page, _) = try await TestServer.get(client, "/upload")
            #expect(page.contains("tb-tcd_clean.png") && page.contains("Đã lưu"))

            // The page image, with the words of the query marked at their OCR boxes.
            let (_, document, _) = try await TestServer.get(client, "/documents/\(id)?q=thong+bao")
            #expect(document.contains("/documents/\(id)/pages/1/image"))
            let marks = document.components(separatedBy: "<rect ").count - 1
            #expect(marks >= 1, "THÔNG BÁO is on the page")
            let (_, plain, _) = try await TestServer.get(client, "/documents/\(id)")
            #expect(!plain.contains("<rect "), "no query, no marks")
            let (imageStatus, image, imageHeaders) = try await client.execute(uri: "/documents/\(id)/pages/1/image", method: .get) { response in
                (response.status, Data(response.body.readableBytesView), response.headers)
            }
            #expect(imageStatus == .ok)
            #expect(imageHeaders[.contentType] == "image/jpeg")
            #expect(image.starts(with: [0xFF, 0xD8, 0xFF]))
            let (missingPage, _, _) = try await TestServer.get(client, "/documents/\(id)/pages/9/image")
            #expect(missingPage == .notFound)

            // The searchable PDF, made once by the OCR stage's writer and kept beside the original.
            let (pdfStatus, pdf, _) = try await client.execute(uri: "/documents/\(id)/searchable.pdf", method: .get) { response in
                (response.status, Data(response.body.readableBytesView), response.headers)
            }
            #expect(pdfStatus == .ok)
            #expect(pdf.starts(with: Data("%PDF-".utf8)))
            let kept = try FileManager.default.contentsOfDirectory(atPath: server.app.originals.directory)
            #expect(kept.contains { $0.hasSuffix(".searchable.pdf") })
            let (textPDF, _, _) = try await TestServer.get(client, "/documents/\(id + 99)/searchable.pdf")
            #expect(textPDF == .notFound)
        }
    }

    @Test("several files at once: each is its own job, in order")
    func several() async throws {
        let server = try TestServer()
        try await server.test { client in
            var ids: [Int] = []
            for name in ["bc-cchc", "cv-snv", "qd-iso"] {
                let (status, job) = try await server.upload(client, name: "\(name).txt", data: try TestServer.corpus("truth/\(name).gt.txt"))
                #expect(status == .accepted)
                ids.append(job.id)
            }
            var numbers: [String?] = []
            for id in ids { numbers.append(try await server.finished(id).number) }
            #expect(numbers == ["125/BC-UBND", "366/SNV-CCVC", "855/QĐ-UBND"])
        }
    }

    @Test("a file with more pages than allowed is refused from its header, before any OCR")
    func tooManyPages() async throws {
        let server = try TestServer(maxPages: 2)
        try await server.test { client in
            let (status, job) = try await server.upload(
                client,
                name: "nhieu-trang.tif",
                data: try TestServer.corpus("scans/seed-kh63_bw200-multipage.tif")
            )
            #expect(status == .contentTooLarge)
            #expect(job.pages > 2)
            #expect(job.reason?.contains("quá giới hạn 2 trang") == true)
            #expect(server.app.uploadsIdle)
        }
    }

    @Test("uploads larger than the framework's default body limit are accepted up to the configured one")
    func largeUpload() async throws {
        let server = try TestServer(maxUploadBytes: 8 * 1024 * 1024)
        try await server.test { client in
            var text = String(decoding: try TestServer.corpus("truth/tb-tcd.gt.txt"), as: UTF8.self)
            while text.utf8.count < 3 * 1024 * 1024 { text += "\nCác cơ quan, đơn vị thực hiện nghiêm túc nội dung thông báo này." }
            let job = try await server.ingest(client, name: "dai.txt", data: Data(text.utf8))
            #expect(job.state == .stored)
            #expect(job.number == "47/TB-UBND")
        }
    }

    @Test("bad uploads are refused by content with a reason, and never queued")
    func badUploads() async throws {
        let server = try TestServer(maxUploadBytes: 200_000, maxPages: 2)
        try await server.test { client in
            let (empty, emptyJob) = try await server.upload(client, name: "rỗng.pdf", data: Data())
            #expect(empty == .badRequest)
            #expect(emptyJob.reason?.contains("rỗng") == true)

            let (binary, binaryJob) = try await server.upload(
                client,
                name: "report.pdf",
                data: Data([0x00, 0x01, 0x02, 0xFF, 0xFE, 0x7F, 0x00, 0x10])
            )
            #expect(binary == .unsupportedMediaType, "named .pdf but not a PDF")
            #expect(binaryJob.state == .failed)

            let (broken, brokenJob) = try await server.upload(client, name: "hỏng.pdf", data: Data("%PDF-1.4\n1 0 obj garbage\n".utf8))
            #expect(broken == .unprocessableContent)
            #expect(brokenJob.reason?.isEmpty == false)

            let big = try TestServer.corpus("scans/seed-kh63_stamped_p6.jpg")
            #expect(big.count > 200_000)
            let (tooBig, _) = try await server.upload(client, name: "to.jpg", data: big)
            #expect(tooBig == .contentTooLarge)

            #expect(server.app.uploadsIdle)
            #expect(try await server.app.uploads.jobs().allSatisfy { $0.state == .failed })
            let staged = (try? FileManager.default.contentsOfDirectory(atPath: server.app.originals.incomingDirectory)) ?? []
            #expect(staged.isEmpty, "refused files leave nothing behind")
        }
    }
}
