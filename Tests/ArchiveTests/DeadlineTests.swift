import ArchiveSynthetic
import DocumentParser
import Foundation
import GRDB
import Testing

@testable import Archive

@Suite struct DeadlineTests {
    /// The seed plan and a monthly report; `rebuilt` stores a decree first and the two in the other
    /// order, as a rebuilt archive would (other row ids, same documents).
    private func archive(rebuilt: Bool = false) throws -> (SQLiteArchive, TemporaryDirectory) {
        let (archive, directory) = try Fixtures.archive()
        let (plan, planText) = Fixtures.seedPlan()
        let (other, otherText) = Fixtures.document(
            path: "bc.txt",
            number: "12/BC-THNH",
            type: "Báo cáo",
            date: "2024-03-01",
            issuer: "Trường Tiểu học Nguyễn Huệ",
            subject: "Báo cáo",
            pages: ["Hằng tháng, trước ngày 25"],
            deadlines: [
                Deadline(
                    date: "2024-06-25",
                    time: "17:00",
                    task: "Báo cáo tháng; nộp bản giấy, bản điện tử \\ gửi email",
                    responsible: "Văn thư",
                    text:
                        "Hằng tháng, trước ngày 25, các tổ gửi báo cáo tháng về văn phòng nhà trường để tổng hợp gửi Phòng Giáo dục và Đào tạo Quận 6",
                    page: 1,
                    recurrence: "monthly"
                )
            ]
        )
        if rebuilt {
            _ = try archive.store(Fixtures.decree59().0, text: Fixtures.decree59().1)
            _ = try archive.store(other, text: otherText)
            _ = try archive.store(plan, text: planText)
        } else {
            _ = try archive.store(plan, text: planText)
            _ = try archive.store(other, text: otherText)
        }
        return (archive, directory)
    }

    @Test func windowsAndOverdue() throws {
        let (archive, _) = try archive()
        #expect(try archive.deadlines(DeadlineQuery(today: "2024-01-01")).map(\.date) == ["2024-03-28", "2024-06-25"])
        #expect(try archive.deadlines(DeadlineQuery(before: "2024-04-01", today: "2024-01-01")).map(\.date) == ["2024-03-28"])
        #expect(try archive.deadlines(DeadlineQuery(after: "2024-04-01", today: "2024-01-01")).map(\.date) == ["2024-06-25"])
        let overdue = try archive.deadlines(DeadlineQuery(overdue: true, today: "2024-04-10"))
        #expect(overdue.map(\.date) == ["2024-03-28"])
        #expect(overdue.first?.document.number == "63/KH-THNH")
        #expect(overdue.first?.responsible == "Tổ trưởng")
        #expect(throws: ArchiveError.self) { try archive.deadlines(DeadlineQuery(before: "31/04/2024", today: "2024-01-01")) }
        // Issue 14, item 10: a day written day/month/year is that day.
        #expect(try archive.deadlines(DeadlineQuery(before: "01/04/2024", today: "2024-01-01")).map(\.date) == ["2024-03-28"])
    }

    @Test func periodDeadlineIsListedByThePeriodsEnd() throws {
        let (archive, _) = try archive()
        let (report, text) = Fixtures.document(
            path: "cchc.txt",
            number: "45/BC-UBND",
            type: "Báo cáo",
            date: "2024-03-20",
            issuer: "Ủy ban nhân dân huyện Bình Chánh",
            subject: "Cải cách hành chính",
            pages: ["Phòng Nội vụ hoàn thành trong quý II/2024."],
            deadlines: [Deadline(date: nil, dueBy: "2024-06-30", task: "số hóa hồ sơ", text: "hoàn thành trong quý II/2024", page: 1)]
        )
        _ = try archive.store(report, text: text)
        let listed = try archive.deadlines(DeadlineQuery(after: "2024-06-01", today: "2024-01-01"))
        #expect(listed.map(\.date) == ["2024-06-25", "2024-06-30"])
        #expect(listed.map(\.dateIsPeriodEnd) == [false, true])
        #expect(try archive.deadlines(DeadlineQuery(before: "2024-06-29", after: "2024-06-01", today: "2024-01-01")).map(\.date) == ["2024-06-25"])
        let reportID = try #require(listed.last?.document.id)
        let detail = try #require(try archive.detail(id: reportID))
        #expect(detail.deadlines.first?.date == nil)
        #expect(detail.deadlines.first?.dueBy == "2024-06-30")
        var ics = ""
        ICalendarWriter.write(listed, stamp: Date(timeIntervalSince1970: 1_709_251_200), to: &ics)
        #expect(ics.contains("DTSTART;VALUE=DATE:20240630\r\n"))
    }

    @Test func anArchiveFromBeforeDueByIsMigrated() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("old.sqlite")
        do {
            // An archive as vanthu wrote it before `v4-deadline-due-by`.
            let archive = try SQLiteArchive(path: path)
            let (plan, planText) = Fixtures.seedPlan()
            _ = try archive.store(plan, text: planText)
            try archive.pool.write { db in
                try db.execute(
                    sql: """
                        DROP INDEX deadlines_due; ALTER TABLE deadlines DROP COLUMN due_by; CREATE INDEX deadlines_date ON deadlines(date);
                        DELETE FROM grdb_migrations WHERE identifier = 'v4-deadline-due-by';
                        """
                )
            }
        }
        let archive = try SQLiteArchive(path: path)
        #expect(try archive.deadlines(DeadlineQuery(today: "2024-01-01")).map(\.date) == ["2024-03-28"])
        let (report, text) = Fixtures.document(
            path: "cchc.txt",
            number: "45/BC-UBND",
            type: "Báo cáo",
            date: "2024-03-20",
            issuer: "Ủy ban nhân dân huyện Bình Chánh",
            subject: "Cải cách hành chính",
            pages: ["Phòng Nội vụ hoàn thành trong quý II/2024."],
            deadlines: [Deadline(date: nil, dueBy: "2024-06-30", text: "hoàn thành trong quý II/2024", page: 1)]
        )
        _ = try archive.store(report, text: text)
        #expect(try archive.deadlines(DeadlineQuery(today: "2024-01-01")).map(\.date) == ["2024-03-28", "2024-06-30"])
    }

    @Test func iCalendarFollowsRFC5545() throws {
        let (archive, _) = try archive()
        var ics = ""
        ICalendarWriter.write(try archive.deadlines(DeadlineQuery(today: "2024-01-01")), stamp: Date(timeIntervalSince1970: 1_709_251_200), to: &ics)
        #expect(ics.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
        #expect(ics.hasSuffix("END:VCALENDAR\r\n"))
        let physical = ics.components(separatedBy: "\r\n").dropLast()
        #expect(physical.allSatisfy { $0.utf8.count <= 75 })
        #expect(!ics.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(ics.components(separatedBy: "BEGIN:VEVENT").count == 3)
        #expect(ics.contains("DTSTART;VALUE=DATE:20240328\r\n"))
        #expect(ics.contains("DTSTAMP:20240301T000000Z\r\n"))
        #expect(ics.contains("RRULE:FREQ=MONTHLY\r\n"))
        let unfolded = ics.replacingOccurrences(of: "\r\n ", with: "")
        #expect(unfolded.contains("SUMMARY:Báo cáo tháng\\; nộp bản giấy\\, bản điện tử \\\\ gửi email (12/BC-THNH)\r\n"))
        #expect(unfolded.contains("Phòng Giáo dục và Đào tạo Quận 6"))
        let uids = unfolded.components(separatedBy: "\r\n").filter { $0.hasPrefix("UID:") }
        #expect(uids.count == 2 && Set(uids).count == 2)
        // A deadline with a time is due at that hour (17:00 in Vietnam is 10:00 UTC), not all day.
        #expect(ics.contains("DTSTART:20240625T100000Z\r\n"))
        // A rebuilt archive gives the same events the same UIDs (the rows' ids differ).
        let (rebuilt, rebuiltDirectory) = try self.archive(rebuilt: true)
        defer { _ = rebuiltDirectory }
        var again = ""
        ICalendarWriter.write(
            try rebuilt.deadlines(DeadlineQuery(today: "2024-01-01")),
            stamp: Date(timeIntervalSince1970: 1_709_251_200),
            to: &again
        )
        let rebuiltUIDs = again.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n").filter { $0.hasPrefix("UID:") }
        #expect(Set(rebuiltUIDs) == Set(uids))
        // Folding never splits a UTF-8 sequence: every physical line is valid UTF-8 on its own.
        for line in physical { #expect(String(validatingCString: Array(line.utf8CString)) != nil) }
    }
}
