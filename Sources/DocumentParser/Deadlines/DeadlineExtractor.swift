/// Finds what the document says must be done by when.
///
/// ```swift
/// let deadlines = DeadlineExtractor().extract(from: text, issueDate: "2024-02-29")
/// deadlines.first?.date   // "2024-03-26" for "Kế hoạch thực hiện năm 2024: gửi trước ngày 26/03/2024"
/// ```
///
/// Forms read:
/// - "trước ngày 28/03/2024", "(trước ngày 10/02/2025)", "chậm nhất ngày 15/3/2024", "chậm nhất là
///   ngày ...", "hạn chót ngày ...", "không muộn hơn ngày ...";
/// - a time: "trước 17 giờ 00 ngày 20 tháng 3 năm 2024", "trước 17h00 ngày ..." → `time` "17:00";
/// - relative: "trong thời hạn 05 ngày làm việc kể từ ngày nhận được" → `date` nil, text kept;
/// - a quarter or a month: "hoàn thành trong quý II/2024" → `date` nil (no day is written) and
///   `dueBy` the quarter's last day (2024-06-30); "hoàn thành trong tháng 5/2024" → the month's last
///   day: the latest day that still meets it;
/// - recurring: "định kỳ hằng tháng, trước ngày 25" → `date` nil, `recurrence` "monthly"
///   ("hằng quý"/"cuối quý" "quarterly", "hằng năm" "yearly", "hằng tuần" "weekly", "định kỳ 6
///   tháng" "semiannually", another "định kỳ" "periodic"); a day and month without a year and
///   without recurrence take the issue date's year.
///
/// - a row of a schedule table ("STT | Nội dung | Đơn vị thực hiện | Thời gian hoàn thành"), see
///   ``ScheduleTableReader``; windows to hand something in ("Thời gian nộp hồ sơ: từ ngày … đến
///   [hết] ngày …", "đóng học phí từ … đến …") end at their deadline; "Thời gian hoàn thành: …".
///
/// Not deadlines: the day of a meeting, an exam or an event ("Thời gian thi: 7 giờ 30 ngày …", a
/// programme table with a "Địa điểm" column), a period of work ("Thời gian kiểm tra từ … đến …"),
/// effective dates ("kể từ ngày 01/7/2022", "có hiệu lực"), a condition on when
/// something was issued ("ban hành trước ngày ..."), citation dates and the issue date, none of
/// which follow a deadline trigger.
public struct DeadlineExtractor: Sendable {
    /// Creates an extractor.
    public init() {}

    /// Extracts deadlines in document order.
    /// - Parameters:
    ///   - text: the document's pages.
    ///   - issueDate: the document's own date (ISO 8601), to complete dates written without a year.
    /// - Returns: the deadlines.
    public func extract(from text: DocumentText, issueDate: String?) -> [Deadline] {
        extract(from: ScannedText(text), issueDate: issueDate)
    }

    /// Whether a deadline falls more than a month before the issue date: a date in the past the
    /// document recalls, not a task's deadline (a month's slack absorbs a misread issue day).
    static func longBefore(_ date: String?, _ issueDate: String?) -> Bool {
        guard let date, let issueDate, let d = dayNumber(date), let i = dayNumber(issueDate) else { return false }
        return d < i - 31
    }

    /// Days since year 0 of an ISO date, roughly (for comparisons only).
    private static func dayNumber(_ iso: String) -> Int? {
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        return parts[0] * 372 + parts[1] * 31 + parts[2]
    }

    /// Extracts deadlines from already scanned text.
    func extract(from scanned: ScannedText, issueDate: String?) -> [Deadline] {
        let reader = DeadlineReader(text: scanned, issueYear: issueDate.flatMap { Int($0.prefix(4)) })
        var result: [Deadline] = []
        var seen: Set<String> = []
        // Where each deadline read at a trigger stands, so a table row does not repeat it.
        var read: [Range<Int>] = []
        var i = 0
        while i < scanned.count {
            guard ScannedText.isLetter(scanned.scalars[i]), i == 0 || !ScannedText.isLetter(scanned.scalars[i - 1]) else {
                i += 1
                continue
            }
            // Every trigger starts with one of these letters: "trước", "ước", "chậm", "hạn", "không",
            // "trong", "đến", "muộn", "từ".
            let initial = scanned.foldedScalars[i]
            guard
                initial == "t" || initial == "u" || initial == "c" || initial == "h" || initial == "k" || initial == "d"
                    || initial == "m"
            else {
                i = scanned.wordEnd(from: i)
                continue
            }
            if let found = reader.read(at: i), !Self.longBefore(found.deadline.effectiveDate, issueDate) {
                let key =
                    (found.deadline.effectiveDate ?? "-") + "|" + (found.deadline.time ?? "") + "|" + (found.deadline.task ?? found.deadline.text)
                if !seen.contains(key) {
                    seen.insert(key)
                    result.append(found.deadline)
                    read.append(i..<max(i + 1, found.end))
                }
                i = max(i + 1, found.end)
            } else {
                i = scanned.wordEnd(from: i)
            }
        }
        // Rows of a schedule table: a date in a row, under a header with a time column. A row
        // whose deadline was read at a trigger ("Trước ngày 20/3/2025" in its last cell) lends it
        // the row's task, body and text (the trigger's sentence would run back over the rows above).
        var rows: [ScheduleTableReader.Row] = []
        for row in ScheduleTableReader(text: scanned).rows() {
            if let k = read.firstIndex(where: { $0.overlaps(row.range) }) {
                result[k].text = row.deadline.text
                result[k].task = row.deadline.task
                result[k].responsible = row.deadline.responsible ?? result[k].responsible
            } else if !Self.longBefore(row.deadline.date, issueDate) {
                rows.append(row)
            }
        }
        guard !rows.isEmpty else { return result }
        var starts = read.map(\.lowerBound)
        for row in rows {
            let position = starts.firstIndex { $0 > row.range.lowerBound } ?? starts.count
            result.insert(row.deadline, at: position)
            starts.insert(row.range.lowerBound, at: position)
        }
        return result
    }
}
