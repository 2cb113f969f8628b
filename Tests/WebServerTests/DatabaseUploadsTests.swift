import Foundation
import PostgresArchive
import Testing

@testable import WebServer

/// How a job of the PostgreSQL ingest queue shows on the upload page (no server needed).
@Suite("Uploads on a PostgreSQL archive")
struct DatabaseUploadsTests {
    @Test("a job of the queue as the upload page shows it: states, the worker's reasons in Vietnamese")
    func jobsAsUploads() {
        var record = JobRecord(
            id: 7,
            sha256: String(repeating: "a", count: 64),
            name: "khoa.pdf",
            size: 1200,
            sourcePath: "uploads/aaaa/khoa.pdf",
            state: .failed,
            attempts: 3,
            maxAttempts: 3,
            pages: nil,
            errorCode: "encrypted",
            errorMessage: "the PDF is encrypted",
            documentID: nil,
            number: nil,
            head: Data("%PDF-1.7\n".utf8)
        )
        var job = DatabaseUploads.job(record)
        #expect(job.state == .failed && job.format == "pdf" && job.id == 7)
        #expect(job.reason?.contains("mật khẩu") == true, "\(job.reason ?? "")")
        record.errorCode = "worker-lost"
        record.errorMessage = "Tiến trình xử lý dừng giữa chừng ở cả 3 lần thử; the worker stopped during all 3 attempts"
        job = DatabaseUploads.job(record)
        #expect(job.reason == "Tiến trình xử lý dừng giữa chừng ở cả 3 lần thử")
        record.state = .running
        #expect(DatabaseUploads.job(record).state == .reading)
        #expect(DatabaseUploads.job(record).reason == nil)
        record.state = .done
        record.documentID = 12
        record.number = "5/QĐ-UBND"
        record.pages = 2
        job = DatabaseUploads.job(record)
        #expect(job.state == .stored && job.documentID == 12 && job.number == "5/QĐ-UBND" && job.pages == 2)
    }
}
