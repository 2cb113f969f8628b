import Foundation
import Testing

@testable import DocumentParser

/// Deadlines: the seed's five, the real-dev truth, one test per form, and what is not a deadline.
@Suite struct DeadlineTests {
    private func read(_ input: String, issue: String? = "2024-02-29") -> [Deadline] {
        DeadlineExtractor().extract(from: FixtureLoader.text(input), issueDate: issue)
    }

    @Test func seedHasFiveDeadlines() throws {
        let deadlines = DeadlineExtractor().extract(from: try FixtureLoader.seed(), issueDate: "2024-02-29")
        #expect(deadlines.map(\.date) == ["2024-03-26", "2024-03-28", "2024-04-25", "2024-07-25", "2024-10-25"])
        #expect(
            deadlines.map(\.task) == [
                "Kế hoạch thực hiện năm 2024", "Báo cáo quý 1 năm 2024", "Báo cáo 6 tháng năm 2024",
                "Báo cáo 9 tháng năm 2024", "Báo cáo tổng kết năm 2024",
            ]
        )
        #expect(deadlines.allSatisfy { $0.responsible == "Phó Hiệu trưởng" })
        #expect(deadlines.first?.text == "Kế hoạch thực hiện năm 2024: gửi trước ngày 26/03/2024")
    }

    @Test(arguments: FixtureLoader.realDevNames)
    func realDevMatchesTruth(name: String) throws {
        let truth = try RealDevTruth.load(name)
        let deadlines = DeadlineExtractor().extract(from: try FixtureLoader.realDev(name), issueDate: nil)
        #expect(deadlines.compactMap(\.date) == truth.deadlineDates)
    }

    @Test func d06ResponsibleAndTask() throws {
        let deadline = try #require(DeadlineExtractor().extract(from: try FixtureLoader.realDev("d06"), issueDate: "2025-01-24").first)
        #expect(deadline.responsible == "Sở Thông tin và Truyền thông")
        #expect(deadline.task?.hasPrefix("tổng hợp, báo cáo Bộ Thông tin và Truyền thông") == true)
    }

    struct Case: CustomTestStringConvertible, Sendable {
        var input: String
        var date: String?
        var dueBy: String? = nil
        var time: String? = nil
        var recurrence: String? = nil
        var responsible: String? = nil
        var testDescription: String { input }
    }

    @Test(arguments: [
        Case(input: "Báo cáo quý 1 năm 2024: gửi trước ngày 28/03/2024", date: "2024-03-28"),
        Case(input: "Sở Tài chính gửi báo cáo chậm nhất ngày 15/3/2024.", date: "2024-03-15", responsible: "Sở Tài chính"),
        Case(input: "Các đơn vị gửi hồ sơ chậm nhất là ngày 05 tháng 4 năm 2024.", date: "2024-04-05", responsible: "Các đơn vị"),
        Case(
            input: "Phòng Nội vụ nộp hồ sơ trước 17 giờ 00 ngày 20 tháng 3 năm 2024.",
            date: "2024-03-20",
            time: "17:00",
            responsible: "Phòng Nội vụ"
        ),
        Case(input: "gửi về Sở trước 16h30 ngày 12/4/2024.", date: "2024-04-12", time: "16:30"),
        Case(
            input: "Đề nghị UBND các huyện phản hồi trong thời hạn 05 ngày làm việc kể từ ngày nhận được văn bản.",
            date: nil,
            responsible: "UBND các huyện"
        ),
        Case(input: "Phòng Nội vụ hoàn thành trong quý II/2024.", date: nil, dueBy: "2024-06-30", responsible: "Phòng Nội vụ"),
        Case(input: "Các trường hoàn thành trong quý IV năm 2024.", date: nil, dueBy: "2024-12-31"),
        Case(input: "Ban Quản lý hoàn thành trong tháng 5/2024.", date: nil, dueBy: "2024-05-31"),
        Case(input: "Ban Quản lý hoàn thành trong tháng 02/2024.", date: nil, dueBy: "2024-02-29"),
        Case(input: "- Thời hạn hoàn thành: trong quý III/2024.", date: nil, dueBy: "2024-09-30"),
        Case(input: "Các trường báo cáo định kỳ hằng tháng, trước ngày 25.", date: nil, recurrence: "monthly"),
        Case(input: "Các đơn vị báo cáo hàng quý trước ngày 20 tháng cuối quý.", date: nil, recurrence: "quarterly"),
        Case(input: "Các đơn vị báo cáo trước ngày 20 của tháng cuối quý.", date: nil, recurrence: "quarterly"),
        Case(input: "Báo cáo định kỳ 6 tháng gửi trước ngày 15/6.", date: nil, recurrence: "semiannually"),
        Case(input: "Báo cáo năm gửi trước ngày 15/12 hằng năm.", date: nil, recurrence: "yearly"),
        Case(input: "Tổng hợp, báo cáo UBND tỉnh (trước ngày 10/02/2025)./.", date: "2025-02-10"),
        Case(input: "Các đơn vị gửi báo cáo trước ngày 25/3 để tổng hợp.", date: "2024-03-25"),
        Case(input: "Hạn chót nộp hồ sơ: ngày 30/6/2024.", date: "2024-06-30"),
        Case(input: "Các đơn vị nộp báo cáo không muộn hơn ngày 15/7/2024.", date: "2024-07-15"),
        Case(input: "Thời hạn hoàn thành: 30/6/2024.", date: "2024-06-30"),
        Case(input: "Hạn cuối nhận hồ sơ: 17 giờ 00 ngày 10/12/2024.", date: "2024-12-10", time: "17:00"),
        Case(input: "Báo cáo gửi về Sở trước 16 giờ, ngày 05/12/2024 (đồng thời gửi file).", date: "2024-12-05", time: "16:00"),
        Case(
            input: "Yêu cầu các đơn vị báo cáo kết quả về UBND huyện (qua Phòng Nội vụ) chậm nhất là ngày 30/11/2024.",
            date: "2024-11-30",
            responsible: "các đơn vị"
        ),
        Case(
            input: "Sở Giáo dục và Đào tạo đề nghị Phòng GDĐT các huyện báo cáo về Sở trước ngày 20/3/2024 để tổng hợp.",
            date: "2024-03-20",
            responsible: "Phòng GDĐT các huyện"
        ),
        Case(input: "Giao Văn phòng Sở chủ trì, tổng hợp báo cáo chậm nhất ngày 25/3/2024.", date: "2024-03-25", responsible: "Văn phòng Sở"),
        Case(input: "Thời hạn nộp hồ sơ: trước ngày 15/4/2024.", date: "2024-04-15"),
        // A window written with a dash ends at its second date, a time may open either end.
        Case(input: "Thời gian đăng ký: 01/10 - 15/10/2025.", date: "2025-10-15"),
        Case(input: "Thời gian đăng ký: 01/10/2025 - 15/10/2025.", date: "2025-10-15"),
        Case(
            input: "Thời gian nhận hồ sơ: 8h00 ngày 03/3/2025 – 17h00 ngày 14/3/2025 (tại Phòng Tổ chức cán bộ, tầng 2).",
            date: "2025-03-14",
            time: "17:00"
        ),
        // A dash opening the next line is a list item's, not a window's end.
        Case(input: "- Các trường gửi danh sách trước ngày 15/3/2025\n- 20/3/2025: tổ chức vòng sơ khảo", date: "2025-03-15"),
        // A dash after a deadline's date that no date follows opens no window.
        Case(input: "Các đơn vị gửi báo cáo trước ngày 20/3/2025 - Sở Tài chính tổng hợp.", date: "2025-03-20"),
        // A window opened by "từ" and closed by a dash.
        Case(input: "Đăng ký dự thi: từ 20/10/2025 - 07/11/2025 tại phòng Đào tạo.", date: "2025-11-07"),
        Case(input: "Thời gian đăng ký: từ ngày 03/11 – 14/11/2025.", date: "2025-11-14"),
        // "điện tử", "đầu tư" before the trigger are no "từ".
        Case(input: "Các xã cập nhật dữ liệu hộ tịch điện tử trước 30/11/2025.", date: "2025-11-30"),
        Case(input: "Các đơn vị gửi báo cáo qua hộp thư điện tử chậm nhất ngày 05/12/2025.", date: "2025-12-05"),
        Case(input: "Các đơn vị nộp báo cáo muộn nhất vào ngày 20/6/2024.", date: "2024-06-20"),
        Case(input: "Đề nghị các phòng gửi danh sách trước thứ Năm, ngày 31/10/2024.", date: "2024-10-31"),
        // "cá nhân trước ngày" is no "nhận trước ngày" (received before); "công nhận trước ngày"
        // is a task.
        Case(input: "Các chi nhánh gửi về Phòng Khách hàng cá nhân trước ngày 13/6/2025.", date: "2025-06-13"),
        Case(input: "UBND các xã ban hành quyết định công nhận trước ngày 10/10/2025.", date: "2025-10-10"),
        // What is due and where, a dozen words between "Hạn cuối" and its time.
        Case(
            input: "Hạn cuối nộp đồ án tốt nghiệp (bản in và bản điện tử) tại văn phòng khoa: 17h00 ngày 12/6/2025.",
            date: "2025-06-12",
            time: "17:00"
        ),
    ])
    func form(_ c: Case) throws {
        let deadlines = read(c.input)
        let deadline = try #require(deadlines.first)
        #expect(deadlines.count == 1)
        #expect(deadline.date == c.date)
        #expect(deadline.dueBy == c.dueBy)
        #expect(deadline.time == c.time)
        #expect(deadline.recurrence == c.recurrence)
        if let responsible = c.responsible { #expect(deadline.responsible == responsible) }
        #expect(!deadline.text.isEmpty)
    }

    @Test(arguments: [
        "Thực hiện Nghị định số 123/2020/NĐ-CP ngày 19/10/2020 của Chính phủ; theo đó, kể từ ngày 01/7/2022, các tổ chức phải dùng hóa đơn điện tử.",
        "Quyết định này có hiệu lực thi hành kể từ ngày ký.",
        "Các văn bản ban hành trước ngày 01/7/2016 vẫn còn hiệu lực.",
        "Quận 6, ngày 29 tháng 02 năm 2024",
        "Căn cứ Kế hoạch số 71/KH-UBND ngày 07 tháng 02 năm 2024 của Ủy ban nhân dân Quận 6;",
        "Trong thời hạn 12 tháng liên tục kể từ khi nhận bàn giao đất trên thực địa",
        "trước đó, đơn vị đã báo cáo; trước khi triển khai",
        "Báo cáo quý 1 năm 2024 đã gửi.",
        "Sở Tài chính đã gửi báo cáo trước ngày 15/3/2024.",
        "Thời hạn sử dụng đất: Ổn định lâu dài; hết thời hạn được gia hạn",
        // A "hạn cuối" label ends with its sentence: the next one's date is no deadline.
        "Hạn cuối nộp hồ sơ sẽ thông báo sau. Lễ khai giảng ngày 05/9/2025 tại hội trường.",
        // The day figures are counted to.
        "Báo cáo kết quả thực hiện (số liệu tính đến hết ngày 30/11/2025) theo mẫu đính kèm.",
        // An exam's days after a submission in another clause.
        "Thí sinh đăng ký dự thi trực tuyến, thi từ 15/11 - 17/11/2025 tại Hội trường A.",
        // "được công nhận trước ngày": a condition.
        "Các sáng kiến được công nhận trước ngày 01/7/2025 được xét khen thưởng.",
        // A period of work, not a window to hand something in.
        "Đoàn kiểm tra làm việc từ 20/10/2025 - 07/11/2025 tại các xã.",
    ])
    func notADeadline(_ input: String) {
        #expect(read(input).filter { $0.date != nil }.isEmpty, "\(read(input).map(\.text))")
    }

    @Test func dateWithoutYearNeedsTheIssueYear() {
        #expect(read("gửi trước ngày 25/3.", issue: nil).isEmpty)
    }

    @Test func deadlineDateAcrossPageBreak() {
        let text = DocumentText(
            path: "p.txt",
            sha256: String(repeating: "0", count: 64),
            pages: [
                .init(number: 1, text: "Các đơn vị gửi báo cáo trước ngày 20 tháng 3 năm"),
                .init(number: 2, text: "2024 để tổng hợp."),
            ]
        )
        let deadline = DeadlineExtractor().extract(from: text, issueDate: nil).first
        #expect(deadline?.date == "2024-03-20")
        #expect(deadline?.page == 1)
    }

    @Test func datesLongBeforeTheIssueDateAreRecalledNotDue() {
        #expect(read("Các đơn vị gửi báo cáo trước ngày 15/3/2023.", issue: "2024-02-29").isEmpty)
        #expect(read("Các đơn vị gửi báo cáo trước ngày 15/3/2023.", issue: nil).count == 1)
    }

    @Test func periodEndIsKeptApartFromTheWrittenDate() throws {
        let deadline = try #require(read("Phòng Nội vụ hoàn thành trong quý II/2024.").first)
        #expect(deadline.effectiveDate == "2024-06-30")
        let json = String(decoding: try JSONEncoder().encode(deadline), as: UTF8.self)
        #expect(json.contains("\"date\":null"))
        #expect(json.contains("\"dueBy\":\"2024-06-30\""))
        let back = try JSONDecoder().decode(Deadline.self, from: Data(json.utf8))
        #expect(back == deadline)
    }

    @Test func jsonKeepsDateAsNull() throws {
        let deadline = try #require(read("Đề nghị Sở Tài chính phản hồi trong thời hạn 05 ngày làm việc.").first)
        let json = String(decoding: try JSONEncoder().encode(deadline), as: UTF8.self)
        #expect(json.contains("\"date\":null"))
        #expect(try JSONDecoder().decode(Deadline.self, from: Data(json.utf8)) == deadline)
    }
}

@Suite("Deadlines closing a period")
struct DeadlinePeriodEndTests {
    static func deadlines(_ body: String) -> [Deadline] {
        DeadlineExtractor().extract(from: DocumentText(path: "x.txt", sha256: "", pages: [.init(number: 1, text: body)]), issueDate: "2024-05-08")
    }

    @Test func aClosingTimeMakesTheEndOfAPeriodADeadline() {
        let found = Self.deadlines("Thời gian nhận hồ sơ từ ngày 01/7/2024 đến 17 giờ 00 ngày 15/7/2024; các trường công bố kết quả.")
        #expect(found.map(\.date) == ["2024-07-15"])
        #expect(found.first?.time == "17:00")
    }

    @Test func aBarePeriodEndIsNot() {
        #expect(Self.deadlines("Thời gian thực hiện từ ngày 01/7/2024 đến ngày 15/7/2024.").isEmpty)
    }
}

/// Deadline forms of other offices (shared/docs section 8).
@Suite struct DeadlineWindowTests {
    private func read(_ input: String, issue: String? = "2020-05-04") -> [Deadline] {
        DeadlineExtractor().extract(from: FixtureLoader.text(input), issueDate: issue)
    }

    @Test func theEndOfAWindowIsTheDeadline() {
        let d = read("- Thời gian (nộp tiền, kê khai): Từ 04/5/2020 đến hết 15/5/2020.\n")
        #expect(d.map(\.date) == ["2020-05-15"])
    }

    @Test func untilTheEndOfADay() {
        #expect(read("4. Thời gian hoàn thành: đến hết ngày 09/6/2025.\n", issue: "2025-05-30").map(\.date) == ["2025-06-09"])
        // Spaced as typed on old notices.
        #expect(
            read("Thời gian: Từ ngày 21 / 01 /2013 đến hết ngày 15 / 04 /2013 tại Phòng Kế hoạch.\n", issue: "2013-01-19").map(\.date) == [
                "2013-04-15"
            ]
        )
    }

    @Test func aFilingDeadlineNamedHanNop() {
        #expect(read("Hạn nộp hồ sơ: 14/10/2014.\n", issue: "2014-10-01").map(\.date) == ["2014-10-14"])
    }

    @Test func anExamOrAMeetingDayIsNoDeadlineButAClosingHourIs() {
        let d = read(
            """
            2. Chậm nhất là 15g ngày 10/11/2014, các đơn vị gửi báo cáo về Sở Nội vụ.
            3. Thời gian thi: 8 giờ 00 ngày 20/11/2014 tại Hội trường A.
            5. Họp giao ban vào lúc 14 giờ ngày 05/12/2014.

            """,
            issue: "2014-10-01"
        )
        #expect(d.map(\.date) == ["2014-11-10"])
        #expect(d.first?.time == "15:00")
    }

    @Test(arguments: [
        "- Thời gian nộp hồ sơ: Từ ngày 03/3/2025 đến ngày 17/3/2025.\n",
        "Học viên đóng học phí từ ngày 03/3/2025 đến ngày 17/3/2025 tại Phòng Tài vụ.\n",
        "Thời gian đăng ký dự thi: từ 03/3/2025 đến 17/3/2025.\n",
        "Thời hạn: từ ngày 03/3/2025 đến hết ngày 17/3/2025.\n",
    ])
    func aWindowToHandSomethingInEndsAtItsDeadline(_ input: String) {
        #expect(read(input, issue: "2025-02-20").map(\.date) == ["2025-03-17"])
    }

    @Test func aPeriodOfWorkOrOfAnEventIsNoWindow() {
        #expect(read("Thời gian kiểm tra từ ngày 03/3/2025 đến ngày 17/3/2025 tại các trường.\n", issue: "2025-02-20").isEmpty)
        #expect(read("Hội thi diễn ra từ ngày 03/3/2025 đến ngày 07/3/2025.\n", issue: "2025-02-20").isEmpty)
    }

    @Test(arguments: [
        ("Thời gian hoàn thành: 28/3/2025.\n", "2025-03-28", nil),
        ("- Thời gian gửi báo cáo: 16 giờ 00 ngày 28/3/2025.\n", "2025-03-28", "16:00"),
        ("Thời gian nộp bài: trước 17h ngày 28/3/2025.\n", "2025-03-28", "17:00"),
    ])
    func theTimeOfAClosingAct(_ input: String, _ date: String, _ time: String?) {
        let d = read(input, issue: "2025-03-01")
        #expect(d.map(\.date) == [date])
        #expect(d.first?.time == time)
    }

    @Test func theTimeOfAnExamIsNoDeadline() {
        #expect(read("Thời gian thi: 7 giờ 30 ngày 28/3/2025 tại Hội trường B.\n", issue: "2025-03-01").isEmpty)
    }

    @Test func theEndOfAValidityIsNoDeadline() {
        #expect(read("Thẻ BHYT có giá trị sử dụng từ 01/05/2020 đến hết 31/12/2020.\n").isEmpty)
        #expect(read("Quyết định có hiệu lực từ ngày 01/5/2020 đến hết ngày 31/12/2020.\n").isEmpty)
    }
}

/// Who must act, read to the end of the name.
@Suite struct ResponsibleNameTests {
    private func read(_ input: String) -> [Deadline] {
        DeadlineExtractor().extract(from: FixtureLoader.text(input), issueDate: "2024-03-01")
    }

    @Test func aNameWithASecondSyllableThatIsAlsoAVerb() {
        let d = read("2. Phòng Giáo dục và Đào tạo tổng hợp, báo cáo trước ngày 30/3/2024.\n")
        #expect(d.first?.responsible == "Phòng Giáo dục và Đào tạo")
    }

    @Test func theNameStopsBeforeAVerbOnTheNextLine() {
        let d = read("Phòng Giáo dục và Đào tạo\nkính trình Ủy ban nhân dân huyện xem xét trước ngày 20/05/2024.\n")
        #expect(d.first?.responsible == "Phòng Giáo dục và Đào tạo")
    }

    @Test func aNameWithAHyphenBetweenItsParts() {
        let d = read("3. Giao Phòng Lao động - Thương binh và Xã hội chủ trì, gửi báo cáo trước ngày 15/4/2024.\n")
        #expect(d.first?.responsible == "Phòng Lao động - Thương binh và Xã hội")
    }

    @Test func aListOpenedByCacGoesOnAcrossTheLineBreak() {
        let d = read("4. Các cơ quan, đơn vị\ntrên địa bàn huyện gửi báo cáo trước ngày 20/4/2024.\n")
        #expect(d.first?.responsible == "Các cơ quan, đơn vị trên địa bàn huyện")
    }
}

/// Rows of a schedule table, as OCR reads them: one line per row under the header.
@Suite struct ScheduleTableTests {
    private func read(_ input: String) -> [Deadline] {
        DeadlineExtractor().extract(from: FixtureLoader.text(input), issueDate: "2025-03-01")
    }

    @Test func eachDatedRowIsADeadlineOfItsBody() {
        let d = read(
            """
            III. PHÂN CÔNG THỰC HIỆN
            STT Nội dung công việc Đơn vị chủ trì Thời gian hoàn thành
            1 Rà soát danh mục thủ tục Phòng Tư pháp 15/3/2025
            2 Tổng hợp kết quả, báo cáo Văn phòng HĐND và UBND 31/3/2025
            3 Tuyên truyền trên trang thông tin Phòng Văn hóa và Thông tin Thường xuyên

            Nơi nhận:
            - Như trên;
            """
        )
        #expect(d.map(\.date) == ["2025-03-15", "2025-03-31"])
        #expect(d.map(\.responsible) == ["Phòng Tư pháp", "Văn phòng HĐND và UBND"])
        #expect(d.first?.task == "Rà soát danh mục thủ tục")
    }

    @Test func aRowWithATriggerIsReadOnce() {
        let d = read(
            """
            STT | Nhiệm vụ | Đơn vị thực hiện | Thời hạn
            1 | Gửi báo cáo | Các trường | Trước ngày 20/3/2025
            """
        )
        #expect(d.map(\.date) == ["2025-03-20"])
        // The row, not the table from its header down.
        #expect(d.first?.text == "Gửi báo cáo | Các trường | Trước ngày 20/3/2025")
        #expect(d.first?.responsible == "Các trường")
    }

    @Test func aProgrammeWithAPlaceIsNoSchedule() {
        let d = read(
            """
            STT Nội dung Thời gian Địa điểm Đơn vị thực hiện
            1 Khai mạc hội thi 10/3/2025 Hội trường tỉnh Sở Văn hóa
            2 Thi chung kết 12/3/2025 Nhà văn hóa Sở Văn hóa
            """
        )
        #expect(d.isEmpty)
    }

    @Test func datesWithoutAHeaderAreNoRows() {
        #expect(read("1 Phòng Tư pháp tiếp nhận 15/3/2025 hồ sơ của công dân.\n2 Ngày 20/3/2025 Sở họp.\n").isEmpty)
    }
}
