/// Chooses the issue date from the written date, the handwriting reader and the e-signature time,
/// and records the evidence.
///
/// The written date is the document's date. The signing time bounds it from above: the written
/// day is the signing day or a few days before (``signingWindow``). Where the day is written by
/// hand, the handwriting reader's alternatives are checked against that bound and the first
/// one inside it is taken; without a usable reading the signing day fills the date only when
/// asked, marked `signature-time` with a low confidence.
enum DateDecision {
    /// How many days before the signing a written date may lie and still count as consistent.
    static let signingWindow = 10

    static func decide(
        _ reading: IssueDateParser.Reading?,
        handwriting: [HandwrittenReading],
        signature: ESignature?,
        fillFromSignature: Bool,
        page: Int?,
        into header: inout DocumentHeader
    ) {
        let signed = signature?.time.map { String($0.prefix(10)) }
        let signedReading = signed.map { Evidence.Reading(value: $0, from: .signatureTime, confidence: 0.3) }
        guard let reading else {
            header.notices.append(.init(.dateNotFound, "issue date (ngày … tháng … năm …) not found"))
            fill(from: signed, reading: signedReading, printed: [], enabled: fillFromSignature, into: &header)
            return
        }
        let written = handwriting.filter { $0.field == .day }
        let monthWritten = handwriting.filter { $0.field == .month }
        let dayHandwritten = written.first?.looksHandwritten ?? (reading.day == nil)
        // The month is written by hand on paper that leaves it blank too ("tháng 5" in ink).
        let monthHandwritten = monthWritten.first?.looksHandwritten ?? false
        let looksHandwritten = dayHandwritten || (monthHandwritten && !monthWritten.isEmpty)
        // Every reading of the day and month as a whole date: each as printed when it is print,
        // else as the handwriting reader read it (day and month readings combined, their
        // probabilities multiplied); a handwritten month that no reading gives is taken from the
        // signing (its month, or the one before when the day is later than the signing day).
        let signedParts = signed.map { $0.split(separator: "-").compactMap { Int($0) } } ?? []
        var monthFromSigning = false
        let dayCandidates: [HandwrittenReading] =
            dayHandwritten || reading.day == nil
            ? written
            : [HandwrittenReading(field: .day, digits: String(reading.day ?? 0), confidence: 1, method: .classifier, looksHandwritten: false)]
        var monthCandidates: [(month: Int, confidence: Double)] = []
        if let m = reading.month, !monthHandwritten || monthWritten.isEmpty {
            monthCandidates = [(m, 1)]
        } else {
            monthCandidates = monthWritten.filter { $0.method == .classifier }.compactMap { r in
                Int(r.digits).flatMap { (1...12).contains($0) ? ($0, r.confidence) : nil }
            }
            // OCR's reading of the same ink, where it parses, is a weak reading of its own.
            if let m = reading.month, !monthCandidates.contains(where: { $0.month == m }) { monthCandidates.append((m, 0.1)) }
        }
        func dates(_ day: HandwrittenReading) -> [(iso: String, reading: HandwrittenReading)] {
            guard let d = Int(day.digits), let y = reading.year ?? signedParts.first else { return [] }
            if !monthCandidates.isEmpty {
                return monthCandidates.compactMap { m in
                    guard let iso = CalendarDate.iso(year: y, month: m.month, day: d) else { return nil }
                    var combined = day
                    combined.confidence = day.confidence * m.confidence
                    return (iso, combined)
                }
            }
            guard signedParts.count == 3 else { return [] }
            var (sy, sm) = (signedParts[0], signedParts[1])
            if d > signedParts[2] { (sy, sm) = sm == 1 ? (sy - 1, 12) : (sy, sm - 1) }
            guard reading.year == nil || reading.year == sy, let iso = CalendarDate.iso(year: sy, month: sm, day: d) else { return [] }
            monthFromSigning = true
            return [(iso, day)]
        }
        let handwrittenDates = dayCandidates.flatMap(dates).sorted { $0.reading.confidence > $1.reading.confidence }
        var readings: [Evidence.Reading] = []
        if let iso = reading.iso { readings.append(.init(value: iso, from: .printed, confidence: looksHandwritten ? 0.3 : 0.9, page: page)) }
        readings += Evidence.Reading.handwritten(handwrittenDates.map { ($0.iso, $0.reading) }, page: page)
        if let signedReading { readings.append(signedReading) }

        if let iso = reading.iso, !looksHandwritten || handwrittenDates.isEmpty {
            // A reader that saw more of the day than OCR read disagrees too.
            let more = moreDigitsRead(than: reading, in: written, dayIsPrint: !dayHandwritten, page: page)
            let handwritten = more?.value ?? handwrittenDates.first?.iso
            choosePrinted(iso, handwritten: handwritten, signed: signed, readings: readings + [more].compactMap { $0 }, into: &header)
            return
        }
        if let (iso, confidence, note) = handwrittenChoice(handwrittenDates, printed: reading.iso, signed: signed) {
            header.date = iso
            let sureness = monthFromSigning ? min(confidence, 0.7) : confidence
            header.evidence.setDate(.init(from: .handwritten, confidence: NumberDecision.rounded(sureness), readings: readings))
            if let note { header.notices.append(note) }
            if monthFromSigning {
                header.notices.append(
                    .init(
                        .dateMonthFromSigning,
                        "issue month unreadable (\"\(reading.rawMonth)\"): month of \(iso) taken from the signing time \(signed ?? "")",
                        values: ["value": iso, "signed": signed ?? "", "raw": reading.rawMonth]
                    )
                )
            }
            return
        }

        let y = reading.year.map(String.init) ?? "?"
        if reading.isImpossible {
            header.notices.append(
                .init(
                    .dateImpossible,
                    "issue date ngày \(reading.rawDay) tháng \(reading.rawMonth) năm \(y) does not exist",
                    values: ["day": reading.rawDay, "month": reading.rawMonth, "year": y]
                )
            )
        } else {
            header.notices.append(
                .init(
                    .dateUnreadable,
                    "issue date unreadable: ngày \"\(reading.rawDay)\" tháng \"\(reading.rawMonth)\" năm \(y) (handwritten?)",
                    values: ["day": reading.rawDay, "month": reading.rawMonth, "year": y]
                )
            )
        }
        // The signature bounds the date: use it only when month and year agree with what is printed.
        var agrees = true
        if let signed {
            let parts = signed.split(separator: "-").compactMap { Int($0) }
            if let y = reading.year, parts.count == 3, parts[0] != y { agrees = false }
            if let m = reading.month, parts.count == 3, parts[1] != m { agrees = false }
        }
        fill(
            from: agrees ? signed : nil,
            reading: signedReading,
            printed: readings.filter { $0.from != .signatureTime },
            enabled: fillFromSignature,
            into: &header
        )
    }

    /// The date the reader's surest reading of a day taken as print makes, when it holds more
    /// digits than OCR read there and ends with them ("13" where OCR read "3": the handwritten
    /// "1" lost, the rest read as print), as a reading that disagrees; `nil` otherwise.
    static func moreDigitsRead(
        than reading: IssueDateParser.Reading,
        in written: [HandwrittenReading],
        dayIsPrint: Bool,
        page: Int?
    ) -> Evidence.Reading? {
        guard dayIsPrint, let day = reading.day, let month = reading.month, let year = reading.year,
            let top = written.filter({ $0.method == .classifier }).max(by: { $0.confidence < $1.confidence }),
            top.digits.count > String(day).count, top.digits.hasSuffix(String(day)), let seen = Int(top.digits), seen != day,
            let iso = CalendarDate.iso(year: year, month: month, day: seen)
        else { return nil }
        return Evidence.Reading(value: iso, from: .handwritten, confidence: NumberDecision.rounded(top.confidence), page: page, box: top.box)
    }

    /// A printed (typed or cleanly read) date, checked against the handwriting reader and the signing.
    private static func choosePrinted(
        _ iso: String,
        handwritten: String?,
        signed: String?,
        readings: [Evidence.Reading],
        into header: inout DocumentHeader
    ) {
        header.date = iso
        var confidence = 0.9
        if let handwritten, handwritten != iso {
            confidence = 0.6
            header.notices.append(
                .init(
                    .dateReadingsDisagree,
                    "issue date read as \(iso) by OCR and \(handwritten) by the handwriting reader: check it",
                    values: ["value": iso, "reading": handwritten]
                )
            )
        }
        header.evidence.setDate(.init(from: .printed, confidence: confidence, readings: readings))
        if let signed, iso > signed {
            header.notices.append(
                .init(.dateAfterSigning, "issue date \(iso) is after the signing time \(signed)", values: ["value": iso, "signed": signed])
            )
        }
    }

    /// The handwritten day to take: the reader's best alternative that the signing time allows.
    /// - Returns: the date, its confidence and a warning, or `nil` when no alternative fits.
    static func handwrittenChoice(
        _ candidates: [(iso: String, reading: HandwrittenReading)],
        printed: String?,
        signed: String?
    ) -> (iso: String, confidence: Double, warning: Notice?)? {
        let classified = candidates.filter { $0.reading.method == .classifier }
        guard let top = classified.first ?? candidates.first else { return nil }
        let ocr = candidates.first { $0.reading.method == .ocrDigits }?.iso
        guard let signed, let limit = CalendarDate.dayNumber(iso: signed) else {
            var confidence = top.reading.confidence
            if top.iso == ocr || top.iso == printed { confidence = 1 - (1 - confidence) * 0.5 }
            let note =
                confidence < NumberDecision.sure
                ? Notice(
                    .dateHandwritten,
                    "issue day written by hand and read as \(top.iso) with confidence \(NumberDecision.rounded(confidence)): check it",
                    values: ["value": top.iso, "confidence": String(NumberDecision.rounded(confidence))]
                ) : nil
            return (top.iso, confidence, note)
        }
        func fits(_ iso: String) -> Bool {
            guard let day = CalendarDate.dayNumber(iso: iso) else { return false }
            return day <= limit && limit - day <= signingWindow
        }
        // Among the readings the signing allows, the reader's probability times how often a
        // written date lies that many days before the signing (the same day most often).
        func weight(_ c: (iso: String, reading: HandwrittenReading)) -> Double {
            guard let day = CalendarDate.dayNumber(iso: c.iso) else { return 0 }
            return c.reading.confidence * gapPrior(limit - day)
        }
        let fitting = classified.filter { fits($0.iso) }
        let pool = fitting.isEmpty ? candidates.filter { fits($0.iso) } : fitting
        guard let chosen = pool.max(by: { weight($0) < weight($1) }) else { return nil }
        if chosen.iso == top.iso {
            // The reader's best reading and the signing agree.
            let confidence = 1 - (1 - top.reading.confidence) * 0.5
            let note =
                confidence < NumberDecision.sure
                ? Notice(
                    .dateHandwritten,
                    "issue day written by hand and read as \(top.iso) (signed \(signed)) with confidence \(NumberDecision.rounded(confidence)): check it",
                    values: ["value": top.iso, "confidence": String(NumberDecision.rounded(confidence)), "signed": signed]
                ) : nil
            return (top.iso, confidence, note)
        }
        let confidence = chosen.reading.confidence / max(1e-9, chosen.reading.confidence + top.reading.confidence)
        let rounded = NumberDecision.rounded(min(0.5, confidence))
        let why = fits(top.iso) ? "which fits the signing time \(signed) less well" : "which the signing time \(signed) rules out"
        return (
            chosen.iso, min(0.5, confidence),
            Notice(
                .dateHandwritten,
                "issue day written by hand: read first as \(top.iso), \(why); \(chosen.iso) kept, check it",
                values: ["value": chosen.iso, "confidence": String(rounded), "reading": top.iso, "signed": signed]
            )
        )
    }

    /// How likely a written date is to lie `days` before the signing, relative to the same day
    /// (on the real e-office scans: the same day or up to five days before, rarely more).
    static func gapPrior(_ days: Int) -> Double {
        switch days {
        case 0: 1
        case 1: 0.7
        case 2: 0.5
        case 3...5: 0.35
        default: 0.15
        }
    }

    static func fill(from signed: String?, reading: Evidence.Reading?, printed: [Evidence.Reading], enabled: Bool, into header: inout DocumentHeader)
    {
        let readings = printed + [reading].compactMap { $0 }
        if enabled, let signed {
            header.date = signed
            header.evidence.setDate(.init(from: .signatureTime, confidence: 0.3, readings: readings))
            header.notices.append(
                .init(
                    .dateFromSigning,
                    "issue date \(signed) taken from the e-signature time: the written date may be a few days earlier",
                    values: ["value": signed]
                )
            )
        } else {
            header.evidence.setDate(.init(from: .printed, confidence: 0, readings: readings.isEmpty ? nil : readings))
            if let signed {
                header.notices.append(
                    .init(.dateSignedBound, "signed on \(signed): the issue date is on or before that day", values: ["signed": signed])
                )
            }
        }
    }
}
