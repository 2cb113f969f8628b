/// Reads the rows of a schedule table: a plan's "STT | Nội dung | Đơn vị thực hiện | Thời gian
/// hoàn thành" table, read by OCR as one line per row ("2 Rà soát hồ sơ Phòng Tư pháp 28/02/2025").
/// A row that holds a full date under such a header is a deadline: the date is the row's last one
/// (the end of "từ 01/3 đến 15/3/2025"), who owes it is the body the row names.
///
/// A header is a line that names a time column ("Thời gian", "Thời hạn", "Hạn cuối", "Hạn chót")
/// and a column of who acts ("thực hiện", "chủ trì", "phụ trách", "trách nhiệm", "đơn vị"), and no
/// place ("Địa điểm"): a table with a place is a programme of events (meetings, exams), whose days
/// are no deadlines. Rows start with their number ("1", "02.", "3)") and end at "Nơi nhận", at a
/// long paragraph, or after ``maxRows`` lines.
struct ScheduleTableReader: Sendable {
    let text: ScannedText

    /// How many lines after a header are read as its rows.
    static let maxRows = 60

    private static let timeColumns = ["thoi gian", "thoi han", "han cuoi", "han chot"].map { Array($0.unicodeScalars) }
    private static let actorColumns = ["thuc hien", "chu tri", "phu trach", "trach nhiem", "don vi"].map { Array($0.unicodeScalars) }
    private static let placeColumn = Array("dia diem".unicodeScalars)

    /// A row's deadline and the row's range in the text.
    struct Row: Sendable {
        var deadline: Deadline
        var range: Range<Int>
    }

    /// Every dated row of every schedule table, in text order.
    func rows() -> [Row] {
        let lines = lineRanges()
        var result: [Row] = []
        var index = 0
        while index < lines.count {
            guard isHeader(lines[index]) else {
                index += 1
                continue
            }
            var k = index + 1
            while k < lines.count, k <= index + Self.maxRows {
                let line = lines[k]
                let folded = text.folded(line)
                if folded.hasPrefix("noi nhan") || line.count > 400 || isHeader(line) { break }
                if let row = read(line) { result.append(row) }
                k += 1
            }
            index = k
        }
        return result
    }

    /// The ranges of the text's lines (at "\n" and paragraph breaks), blank ones left out.
    private func lineRanges() -> [Range<Int>] {
        let scalars = text.scalars
        var ranges: [Range<Int>] = []
        var start = 0
        var blank = true
        for (i, s) in scalars.enumerated() {
            if s == "\n" || s == ScannedText.paragraphBreak {
                if !blank { ranges.append(start..<i) }
                start = i + 1
                blank = true
            } else if s != " " {
                blank = false
            }
        }
        if !blank { ranges.append(start..<scalars.count) }
        return ranges
    }

    private func isHeader(_ line: Range<Int>) -> Bool {
        guard line.count < 300 else { return false }
        // One pass over the folded scalars the text already holds: no digit, and a time column
        // at a word start; the other columns are looked for only then.
        let f = text.foldedScalars
        var time = false
        var i = line.lowerBound
        while i < line.upperBound {
            let s = f[i]
            if ScannedText.isDigit(s) { return false }
            if !time, s == "t" || s == "h", i == line.lowerBound || !ScannedText.isLetter(f[i - 1]) {
                time = Self.timeColumns.contains { Self.matches($0, in: f, at: i, before: line.upperBound) }
            }
            i += 1
        }
        guard time else { return false }
        var actor = false
        for k in line where k == line.lowerBound || !ScannedText.isLetter(f[k - 1]) {
            if Self.matches(Self.placeColumn, in: f, at: k, before: line.upperBound) { return false }
            if !actor { actor = Self.actorColumns.contains { Self.matches($0, in: f, at: k, before: line.upperBound) } }
        }
        return actor
    }

    private static func matches(_ needle: [Unicode.Scalar], in f: [Unicode.Scalar], at index: Int, before end: Int) -> Bool {
        guard index + needle.count <= end else { return false }
        for (k, s) in needle.enumerated() where f[index + k] != s { return false }
        return true
    }

    /// A numbered row with a full date.
    private func read(_ line: Range<Int>) -> Row? {
        let start = text.skipSpaces(line.lowerBound)
        guard let serial = text.integer(at: start, maxDigits: 3), serial.end < line.upperBound else { return nil }
        let after = text.scalars[serial.end]
        guard after == " " || after == "." || after == ")" || after == "|" else { return nil }
        // The row's last full date.
        let reader = DateReader(text: text)
        var date: (iso: String, start: Int)?
        var j = serial.end
        while j < line.upperBound {
            if ScannedText.isDigit(text.scalars[j]), !ScannedText.isDigit(text.scalars[j - 1]),
                let reading = reader.read(at: j), reading.end <= line.upperBound, let iso = reading.iso
            {
                date = (iso, j)
                j = reading.end
                continue
            }
            j += 1
        }
        guard let date else { return nil }
        var body = serial.end
        while body < line.upperBound, !ScannedText.isLetter(text.scalars[body]) { body += 1 }
        let responsible = responsible(in: body..<date.start)
        var task = text.text(body..<(responsible?.start ?? date.start))
        while let last = task.last, last == "|" || last == " " || last == "," { task.removeLast() }
        let deadline = Deadline(
            date: date.iso,
            time: nil,
            task: task.isEmpty ? nil : task,
            responsible: responsible?.name,
            text: text.text(body..<line.upperBound),
            page: text.page(at: line.lowerBound),
            recurrence: nil
        )
        return Row(deadline: deadline, range: line)
    }

    /// The first body named in a row's cells ("Phòng Tư pháp", "Các trường"), after its task.
    private func responsible(in range: Range<Int>) -> (name: String, start: Int)? {
        let reader = ResponsibleReader(text: text)
        var j = range.lowerBound
        while j < range.upperBound {
            guard ScannedText.isLetter(text.scalars[j]) else {
                j += 1
                continue
            }
            guard let word = text.nextWord(from: j), word.range.upperBound <= range.upperBound else { return nil }
            // Not the row's first word: the task comes first ("Tổ chức kiểm tra", "Chi trả …").
            if word.range.lowerBound > range.lowerBound, let name = reader.body(at: word.range.lowerBound, before: range.upperBound) {
                return (name, word.range.lowerBound)
            }
            j = word.range.upperBound
        }
        return nil
    }
}
