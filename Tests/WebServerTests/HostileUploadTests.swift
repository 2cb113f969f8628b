import Foundation
import HTTPTypes
import Hummingbird
import Testing

@testable import WebServer

/// Issue 13, item 1 on the web: an 876 KB upload holding huge embedded images took 7.3 GB and
/// 109 s; it is now refused from the image dictionaries before any decoding, with a Vietnamese reason.
@Suite("Hostile uploads")
struct HostileUploadTests {
    /// A one-page PDF covered by a 1-bit image of `side` × `side` pixels (a few KB on disk).
    static func hugeImagePDF(side: Int) -> Data {
        let stream = Data(repeating: 0xFF, count: (side + 7) / 8 * 4)
        let bodies = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>",
        ]
        var out = Data("%PDF-1.4\n".utf8)
        var offsets: [Int] = []
        for (i, body) in bodies.enumerated() {
            offsets.append(out.count)
            out.append(Data("\(i + 1) 0 obj\n\(body)\nendobj\n".utf8))
        }
        offsets.append(out.count)
        out.append(
            Data(
                "4 0 obj\n<< /Type /XObject /Subtype /Image /Width \(side) /Height \(side) /ColorSpace /DeviceGray /BitsPerComponent 1 /Length \(stream.count) >>\nstream\n"
                    .utf8
            )
        )
        out.append(stream)
        out.append(Data("\nendstream\nendobj\n".utf8))
        offsets.append(out.count)
        out.append(Data("5 0 obj\n<< /Length 30 >>\nstream\nq 612 0 0 792 0 0 cm /Im0 Do Q\nendstream\nendobj\n".utf8))
        let xref = out.count
        var table = "xref\n0 \(offsets.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { table += String(format: "%010d 00000 n \n", offset) }
        table += "trailer\n<< /Size \(offsets.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        out.append(Data(table.utf8))
        return out
    }

    @Test func aHugeEmbeddedImageIsRefusedBeforeDecoding() async throws {
        let server = try TestServer()
        try await server.test { client in
            let started = Date()
            let (status, job) = try await server.upload(client, name: "bom.pdf", data: Self.hugeImagePDF(side: 40_000))
            #expect(status == .unprocessableContent)
            // Said by the dictionary check only: nothing was decoded (no timing: the suites run in parallel).
            #expect(job.reason?.contains("bị từ chối trước khi giải mã") == true, "\(job.reason ?? "")")
            #expect(Date().timeIntervalSince(started) < 120)
            #expect(try await server.app.uploads.jobs().allSatisfy { $0.state == .failed })
        }
    }
}
