/// Reads one deadline at a word: the trigger ("trước", "chậm nhất", "hạn chót", "trong thời hạn",
/// "hoàn thành trong quý"), its date and time, the task before it and who owes it.
struct DeadlineReader: Sendable {
    let text: ScannedText
    /// The issue date's year, for dates written without one.
    let issueYear: Int?

    /// A deadline and the offset after it.
    struct Found: Sendable {
        var deadline: Deadline
        var end: Int
    }

    /// Words before "trước" that make the date a condition, not a deadline ("ban hành trước ngày").
    private static let conditionWords: Set<String> = ["hanh", "luc", "sinh", "lap", "cap", "ky", "nhan", "tu", "sanh"]

    /// Words before a condition word that make it another word ("cá nhân", "điện tử", "đầu tư"),
    /// folded: "cá nhân trước ngày" is no "nhận trước ngày".
    private static let otherWords: Set<String> = ["ca nhan", "dien tu", "dau tu"]

    /// Reads a deadline whose trigger starts at `index` (a word start).
    func read(at index: Int) -> Found? {
        guard let first = text.nextWord(from: index), first.range.lowerBound == index else { return nil }
        switch first.folded {
        case "truoc":
            return dated(trigger: index, after: first.range.upperBound)
        case "uoc":
            // OCR dropped "tr": "(ước ngày 10/02/2025)".
            guard index > 0, text.scalars[index - 1] == "(" else { return nil }
            return dated(trigger: index, after: first.range.upperBound)
        case "cham", "muon":
            // "chậm nhất (là/vào) ngày …", "muộn nhất vào ngày …".
            guard let nhat = text.nextWord(from: first.range.upperBound), nhat.folded == "nhat" else { return nil }
            var j = nhat.range.upperBound
            for filler in ["la", "den", "vao"] {
                if let w = text.nextWord(from: j), w.folded == filler { j = w.range.upperBound }
            }
            return dated(trigger: index, after: j)
        case "han":
            // "hạn chót [nộp hồ sơ:] ngày 30/6/2024", "Hạn cuối nhận hồ sơ: 17 giờ 00 ngày ...".
            // "Hạn nộp hồ sơ: 14/10/2014" too.
            guard let chot = text.nextWord(from: first.range.upperBound), ["chot", "cuoi", "nop"].contains(chot.folded) else { return nil }
            // "Hạn cuối nộp đồ án tốt nghiệp (bản in và bản điện tử) tại văn phòng khoa: 17h00
            // ngày …": what is due and where may take a dozen words before its time.
            return datedAhead(trigger: index, from: chot.range.upperBound, maxWords: 16)
        case "thoi":
            // "Thời hạn hoàn thành: 30/6/2024", "thời hạn nộp: trước ngày ..." (not "thời hạn 05 ngày").
            guard let han = text.nextWord(from: first.range.upperBound) else { return nil }
            if han.folded == "han" { return datedAhead(trigger: index, from: han.range.upperBound, maxWords: 6) }
            // "Thời gian hoàn thành: 28/02/2025", "Thời gian nộp: 17 giờ ngày …": the time of an
            // act that closes something ("Thời gian nhận hồ sơ: …" too); "Thời gian thi: 7 giờ
            // 30 ngày …" (an event) is not.
            guard han.folded == "gian", let act = text.nextWord(from: han.range.upperBound),
                Self.closingActs.contains(act.folded) || (act.folded == "nhan" && text.nextWord(from: act.range.upperBound)?.folded == "ho")
            else { return nil }
            return datedAhead(trigger: index, from: act.range.upperBound, maxWords: 6)
        case "khong":
            guard let muon = text.nextWord(from: first.range.upperBound), muon.folded == "muon",
                let hon = text.nextWord(from: muon.range.upperBound), hon.folded == "hon"
            else { return nil }
            return dated(trigger: index, after: hon.range.upperBound)
        case "trong":
            return relativeOrPeriod(trigger: index, after: first.range.upperBound)
        case "tu":
            // "Đăng ký dự thi: từ 20/10/2025 - 07/11/2025": a window to hand something in,
            // written with a dash, ends at its second date ("từ … đến …" is read at "đến").
            guard isTu(first.range), submissionWindow(before: index, clause: true) else { return nil }
            return dated(trigger: index, after: first.range.upperBound, window: true)
        case "den":
            // "Thời gian nộp: Từ 04/5/2020 đến hết 15/5/2020", "hoàn thành: đến hết ngày 09/6/2025":
            // the last day of a window to act in is a deadline; the end of a validity ("thẻ có giá
            // trị sử dụng từ … đến hết …", "hiệu lực") is not.
            if let het = text.nextWord(from: first.range.upperBound), het.folded == "het" {
                let sentence = text.folded(sentenceStart(before: index)..<index)
                guard !sentence.contains("gia tri"), !sentence.contains("hieu luc") else { return nil }
                // "số liệu tính đến hết ngày 30/11/2025": the day figures are counted to.
                if let previous = text.previousWord(before: index), previous.folded == "tinh" { return nil }
                return dated(trigger: index, after: het.range.upperBound)
            }
            // "nhận hồ sơ từ ngày 01/7/2024 đến 17 giờ 00 ngày 15/7/2024": a closing time makes the
            // end of a period a deadline; a bare "đến ngày" is only the end of a period, unless the
            // period is a window to hand something in ("Thời gian nộp hồ sơ: từ ngày 02/3/2025 đến
            // ngày 16/3/2025", "đóng học phí từ … đến …").
            let k = text.skipSpaces(first.range.upperBound)
            var closingHour = false
            if let hour = text.integer(at: k, maxDigits: 2), hour.value < 24 {
                closingHour =
                    (hour.end < text.count && (text.scalars[hour.end] == "h" || text.scalars[hour.end] == "g"))
                    || text.nextWord(from: hour.end)?.folded == "gio"
            }
            // The sentence is read only when a date follows ("đến" is a common word).
            let dateFollows = k < text.count && (ScannedText.isDigit(text.scalars[k]) || text.nextWord(from: k)?.folded == "ngay")
            guard closingHour || (dateFollows && submissionWindow(before: index)) else { return nil }
            return dated(trigger: index, after: first.range.upperBound)
        default:
            return nil
        }
    }

    // MARK: - Dated forms

    /// A date (or a time and a date) within a few words after a deadline noun ("hạn chót", "thời
    /// hạn"), across a colon or a comma; `nil` at "trong" ("thời hạn ... trong 05 ngày") or "được".
    private func datedAhead(trigger: Int, from index: Int, maxWords: Int) -> Found? {
        var j = index
        var words = 0
        while words < maxWords {
            let k = text.skipSpaces(j)
            // The label ends with its paragraph.
            guard k < text.count, !text.scalars[j..<k].contains(ScannedText.paragraphBreak) else { return nil }
            let s = text.scalars[k]
            // A colon, a comma, brackets around what is due ("(bản in và bản điện tử)").
            if s == ":" || s == "," || s == "(" || s == ")" {
                j = k + 1
                continue
            }
            if ScannedText.isDigit(s) { return dated(trigger: trigger, after: k) }
            guard let w = text.nextWord(from: k) else { return nil }
            switch w.folded {
            case "ngay": return dated(trigger: trigger, after: w.range.lowerBound)
            case "truoc", "luc": return dated(trigger: trigger, after: w.range.upperBound)
            // "Thời hạn: từ ngày A đến hết ngày B": the window's "đến" is read on its own.
            case "trong", "duoc": return nil
            // "từ", not "tử" ("bản điện tử") or "tư".
            case "tu" where isTu(w.range):
                // "Thời gian đăng ký: từ ngày 03/11 – 14/11/2025": a window written with a dash.
                return dated(trigger: trigger, after: w.range.upperBound, window: true)
            default: j = w.range.upperBound
            }
            words += 1
        }
        return nil
    }

    /// Words after "thời gian" that name the closing of something: "hoàn thành", "nộp", "gửi",
    /// "đăng ký", "kê khai", "đóng" (học phí), folded, first syllable.
    static let closingActs: Set<String> = ["hoan", "nop", "gui", "dang", "ke", "dong"]

    /// Acts of handing something in, folded: a window ("từ … đến …") for one of them ends at a
    /// deadline. "đóng"/"thu" only with what is paid ("đồng" folds to "dong" too).
    private static let submissionPhrases = [
        "nop ", "dang ky", "ke khai", "nhan ho so", "dong hoc phi", "thu hoc phi", "dong tien", "dong phi", "gui bao cao",
        "gui ho so",
    ]

    /// Whether the sentence before a "đến" opens a window ("từ") to hand something in, and is no
    /// validity ("có giá trị", "hiệu lực").
    /// `clause`: the "từ" is at `index` itself, and the act is looked for in its clause only (since
    /// the last comma or semicolon: "đăng ký dự thi trực tuyến, thi từ 15/11 - 17/11" is an exam).
    private func submissionWindow(before index: Int, clause: Bool = false) -> Bool {
        var from = sentenceStart(before: index)
        if clause, let comma = text.scalars[from..<index].lastIndex(where: { $0 == "," || $0 == ";" }) { from = comma + 1 }
        let sentence = " " + text.folded(from..<index) + " "
        guard clause || sentence.contains(" tu "), !sentence.contains("gia tri"), !sentence.contains("hieu luc") else { return false }
        return Self.submissionPhrases.contains { sentence.contains(" " + $0) }
    }

    /// "trước [17 giờ 00] [ngày] DATE".
    /// - Parameter window: the trigger opens a window ("từ"): the words before it ("đăng ký: từ")
    ///   make no condition of it, and only a window written with a dash is read (its second
    ///   date; "từ … đến …" is read at "đến").
    private func dated(trigger: Int, after: Int, window: Bool = false) -> Found? {
        if !window, let previous = text.previousWord(before: trigger), Self.conditionWords.contains(previous.folded) {
            let before = text.previousWord(before: previous.range.lowerBound)
            let pair = (before?.folded ?? "") + " " + previous.folded
            // "công nhận trước ngày …" is a task (to recognise by then); "được công nhận trước
            // ngày …" a condition.
            let task =
                pair == "cong nhan" && before.flatMap { text.previousWord(before: $0.range.lowerBound) }?.folded != "duoc"
            if !Self.otherWords.contains(pair), !task { return nil }
        }
        // "đã gửi trước ngày ...": done, not due.
        var back = trigger
        for _ in 0..<4 {
            guard let w = text.previousWord(before: back) else { break }
            if w.folded == "da" { return nil }
            back = w.range.lowerBound
        }
        guard let (opening, start) = timeAndDate(from: after), var reading = DateReader(text: text).read(at: start, allowPartial: true)
        else { return nil }
        var time = opening
        // "01/10 - 15/10/2025", "8h00 ngày 03/3/2025 – 17h00 ngày 14/3/2025": a window written
        // with a dash ends at its second date.
        if let (closing, last) = windowEnd(after: reading.end) {
            reading = last
            time = closing
        } else if window {
            return nil
        }
        let sentence = sentenceStart(before: trigger)
        var end = reading.end
        if end < text.count, text.scalars[end] == ")" { end += 1 }
        let recurrence = recurrence(in: sentence..<min(text.count, end + 40))
        var date: String?
        if let iso = reading.iso {
            date = iso
        } else if recurrence != nil {
            date = nil
        } else if let month = reading.month, let year = issueYear {
            date = CalendarDate.iso(year: year, month: month, day: reading.day)
            if date == nil { return nil }
        } else {
            return nil
        }
        return make(sentence: sentence, trigger: trigger, end: end, date: date, time: time, recurrence: recurrence)
    }

    /// The second word of a weekday, folded: "thứ Hai" … "thứ Bảy", "Chủ nhật".
    private static let weekdays: Set<String> = ["hai", "ba", "tu", "nam", "sau", "bay", "nhat"]

    /// Whether the word at `range` is "từ" (from), not "tử" ("điện tử") or "tư" ("đầu tư").
    private func isTu(_ range: Range<Int>) -> Bool {
        ["từ", "tu"].contains(ScannedText.string(text.scalars[range]).lowercased())
    }

    /// An optional time ("17 giờ 00", "17h00", "16 giờ,") and where the date after it starts
    /// ("ngày" or a digit), from `index`; `nil` when no date follows.
    private func timeAndDate(from index: Int) -> (time: String?, start: Int)? {
        var j = index
        var time: String?
        // "trước thứ Năm, ngày 31/10/2024": the weekday before the date.
        if let thu = text.nextWord(from: j), ["thu", "chu"].contains(thu.folded), let day = text.nextWord(from: thu.range.upperBound),
            Self.weekdays.contains(day.folded)
        {
            j = day.range.upperBound
            let comma = text.skipSpaces(j)
            if comma < text.count, text.scalars[comma] == "," { j = comma + 1 }
        }
        let k = text.skipSpaces(j)
        if let hour = text.integer(at: k, maxDigits: 2), hour.value < 24 {
            var m = hour.end
            var unit: Range<Int>?
            if m < text.count, text.scalars[m] == "h" || text.scalars[m] == "g" {
                unit = m..<(m + 1)
            } else if let w = text.nextWord(from: m), w.folded == "gio" {
                unit = w.range
            }
            if let unit {
                m = unit.upperBound
                var minutes = 0
                let n = text.skipSpaces(m)
                if let minute = text.integer(at: n, maxDigits: 2), minute.value < 60 {
                    minutes = minute.value
                    m = minute.end
                    if let w = text.nextWord(from: m), w.folded == "phut" { m = w.range.upperBound }
                }
                time = (hour.value < 10 ? "0" : "") + String(hour.value) + ":" + (minutes < 10 ? "0" : "") + String(minutes)
                j = m
                // "16 giờ, ngày 05/12/2024".
                let comma = text.skipSpaces(j)
                if comma < text.count, text.scalars[comma] == "," { j = comma + 1 }
                if let w = text.nextWord(from: j), w.folded == "ngay" { j = w.range.lowerBound }
            }
        }
        let start = text.skipSpaces(j)
        guard start < text.count else { return nil }
        guard text.nextWord(from: start)?.folded == "ngay" || ScannedText.isDigit(text.scalars[start]) else { return nil }
        return (time, start)
    }

    /// The second date of a window written with a dash after a date ending at `index` (a
    /// hyphen, an en or em dash; a time may open it), with at least its day and month.
    private func windowEnd(after index: Int) -> (time: String?, reading: DateReader.Reading)? {
        // On the same line: a dash opening the next line is a list item's.
        var k = index
        while k < text.count, text.scalars[k] == " " || text.scalars[k] == "\t" { k += 1 }
        guard k < text.count, ["-", "\u{2013}", "\u{2014}"].contains(text.scalars[k]),
            let (time, start) = timeAndDate(from: k + 1),
            let reading = DateReader(text: text).read(at: start, allowPartial: true), reading.month != nil
        else { return nil }
        return (time, reading)
    }

    // MARK: - Relative and period forms

    /// "trong thời hạn 05 ngày làm việc ...", "trong vòng 10 ngày", "hoàn thành trong quý II/2024".
    private func relativeOrPeriod(trigger: Int, after: Int) -> Found? {
        guard let next = text.nextWord(from: after) else { return nil }
        var j = next.range.upperBound
        switch next.folded {
        case "thoi":
            guard let w = text.nextWord(from: j), w.folded == "han" || w.folded == "gian" else { return nil }
            j = w.range.upperBound
            fallthrough
        case "vong":
            let k = text.skipSpaces(j)
            guard let count = text.integer(at: k, maxDigits: 3), let unit = text.nextWord(from: count.end), unit.folded == "ngay" else { return nil }
            var end = unit.range.upperBound
            if let lam = text.nextWord(from: end), lam.folded == "lam", let viec = text.nextWord(from: lam.range.upperBound), viec.folded == "viec" {
                end = viec.range.upperBound
            }
            // "kể từ ngày nhận được ..." completes the phrase.
            if let ke = text.nextWord(from: end), ke.folded == "ke", let tu = text.nextWord(from: ke.range.upperBound), tu.folded == "tu" {
                var m = tu.range.upperBound
                var words = 0
                while words < 6, let w = text.nextWord(from: m), !text.scalars[m..<w.range.lowerBound].contains(where: { !ScannedText.isSpace($0) }) {
                    m = w.range.upperBound
                    words += 1
                }
                end = m
            }
            let sentence = sentenceStart(before: trigger)
            return make(sentence: sentence, trigger: trigger, end: end, date: nil, time: nil, recurrence: nil)
        case "quy", "thang":
            // Only after a completion verb: "hoàn thành trong quý II/2024".
            guard completionVerb(before: trigger) else { return nil }
            let k = text.skipSpaces(j)
            var period = 0
            var m = k
            if next.folded == "quy", let roman = text.nextWord(from: k), roman.range.lowerBound == k,
                let value = ["i": 1, "ii": 2, "iii": 3, "iv": 4][roman.folded]
            {
                period = value
                m = roman.range.upperBound
            } else if let value = text.integer(at: k, maxDigits: 2) {
                period = value.value
                m = value.end
            }
            guard period >= 1, period <= (next.folded == "quy" ? 4 : 12) else { return nil }
            var y = m
            if y < text.count, text.scalars[y] == "/" {
                y += 1
            } else if let nam = text.nextWord(from: y), nam.folded == "nam" {
                y = nam.range.upperBound
            } else {
                return nil
            }
            y = text.skipSpaces(y)
            guard let year = text.integer(at: y, maxDigits: 4), year.end - y == 4 else { return nil }
            let month = next.folded == "quy" ? period * 3 : period
            // The text names a period, not a day: the day stays unwritten, the period's end is kept apart.
            let lastDay = CalendarDate.iso(year: year.value, month: month, day: CalendarDate.daysIn(month: month, year: year.value))
            let sentence = sentenceStart(before: trigger)
            var found = make(
                sentence: sentence,
                trigger: completionStart(before: trigger) ?? trigger,
                end: year.end,
                date: nil,
                time: nil,
                recurrence: nil
            )
            found.deadline.dueBy = lastDay
            return found
        default:
            return nil
        }
    }

    private func completionVerb(before index: Int) -> Bool { completionStart(before: index) != nil }

    /// The start of "hoàn thành", "hoàn tất" or "xong" right before `index` (a colon between allowed).
    private func completionStart(before index: Int) -> Int? {
        // "Thời hạn hoàn thành: trong quý II/2025": a colon may stand between.
        var j = text.skipSpacesBack(index)
        if j > 0, text.scalars[j - 1] == ":" { j -= 1 }
        guard let w = text.previousWord(before: j) else { return nil }
        if w.folded == "xong" { return w.range.lowerBound }
        if w.folded == "thanh" || w.folded == "tat", let hoan = text.previousWord(before: w.range.lowerBound), hoan.folded == "hoan" {
            return hoan.range.lowerBound
        }
        return nil
    }

    // MARK: - Context

    /// "hằng tháng", "hàng quý", "hằng năm" near the deadline.
    private func recurrence(in range: Range<Int>) -> String? {
        var j = range.lowerBound
        var periodic = false
        while j < range.upperBound {
            guard ScannedText.isLetter(text.scalars[j]) else {
                j += 1
                continue
            }
            guard let w = text.nextWord(from: j), w.range.lowerBound < range.upperBound else { break }
            let next = text.nextWord(from: w.range.upperBound)?.folded
            switch (w.folded, next) {
            case ("hang", "thang"): return "monthly"
            case ("hang", "quy"), ("cuoi", "quy"), ("dau", "quy"): return "quarterly"
            case ("hang", "nam"): return "yearly"
            case ("hang", "tuan"): return "weekly"
            case ("dinh", "ky"):
                // "định kỳ 6 tháng": twice a year.
                let k = text.skipSpaces(text.nextWord(from: w.range.upperBound)?.range.upperBound ?? w.range.upperBound)
                if let six = text.integer(at: k, maxDigits: 2), six.value == 6,
                    text.nextWord(from: six.end)?.folded == "thang"
                {
                    return "semiannually"
                }
                periodic = true
            default: break
            }
            j = w.range.upperBound
        }
        // "định kỳ ... trước ngày 15/6": recurring, period not named.
        return periodic ? "periodic" : nil
    }

    /// The start of the sentence or list item holding `index`.
    private func sentenceStart(before index: Int) -> Int {
        var j = index
        let limit = max(0, index - 400)
        while j > limit {
            let s = text.scalars[j - 1]
            if s == ScannedText.paragraphBreak || s == ";" { return j }
            if s == ".", j < text.count, ScannedText.isSpace(text.scalars[j]) { return j }
            if s == "\n" {
                let next = text.scalars[j]
                let before = text.skipSpacesBack(j - 1)
                if next == "-" || next == "+" || next == "•" { return j }
                if before > 0, [".", ";", ":"].contains(text.scalars[before - 1]) { return j }
            }
            j -= 1
        }
        return j
    }

    /// Builds the deadline: text, task and who owes it.
    private func make(sentence: Int, trigger: Int, end: Int, date: String?, time: String?, recurrence: String?) -> Found {
        let start = text.skipSpaces(sentence)
        var body = text.text(start..<end)
        while let first = body.first, first == "-" || first == "+" || first == "•" || first == " " { body.removeFirst() }
        var task = text.text(start..<trigger)
        while let first = task.first, first == "-" || first == "+" || first == "•" || first == " " { task.removeFirst() }
        if let colon = task.lastIndex(of: ":"), colon > task.startIndex { task = String(task[..<colon]) }
        while let last = task.last, last == "(" || last == "," || last == " " || last == ":" { task.removeLast() }
        let responsible = responsible(sentence: start, trigger: trigger)
        let deadline = Deadline(
            date: date,
            time: time,
            task: task.isEmpty ? nil : task,
            responsible: responsible,
            text: body,
            page: text.page(at: trigger),
            recurrence: recurrence
        )
        return Found(deadline: deadline, end: end)
    }

    /// Who owes the deadline: "giao X chủ trì" in the sentence, a body starting the sentence, or a
    /// body starting the lead-in line of a list ("Phó Hiệu trưởng thực hiện chế độ báo cáo ... như sau:").
    private func responsible(sentence: Int, trigger: Int) -> String? {
        let reader = ResponsibleReader(text: text)
        if let given = reader.afterGiao(in: wideStart(before: trigger)..<trigger) { return given }
        // "Báo cáo quý 1 năm 2024: gửi trước ...": a list item naming the task, not who owes it.
        let listItem = text.scalars[sentence..<trigger].contains(":")
        if !listItem, let leading = reader.body(at: sentence, before: trigger) { return leading }
        guard listItem || text.isLineStart(text.skipSpaces(sentence)) else { return nil }
        // The list's lead-in: the nearest line ending with ":" within a few lines above.
        var j = sentence
        let limit = max(0, sentence - 800)
        while j > limit {
            let s = text.scalars[j - 1]
            if s == ":", j < text.count, text.scalars[j] == "\n" || text.scalars[j] == ScannedText.paragraphBreak {
                let lineStart = sentenceStart(before: j - 1)
                return reader.body(at: lineStart, before: j - 1)
            }
            j -= 1
        }
        return nil
    }

    /// The start of the whole sentence (back to ". " or a blank line), wider than ``sentenceStart(before:)``.
    private func wideStart(before index: Int) -> Int {
        var j = index
        let limit = max(0, index - 800)
        while j > limit {
            let s = text.scalars[j - 1]
            if s == ScannedText.paragraphBreak { return j }
            if s == ".", j < text.count, ScannedText.isSpace(text.scalars[j]) { return j }
            j -= 1
        }
        return j
    }
}
