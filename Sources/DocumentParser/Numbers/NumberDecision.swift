/// Chooses the document number from the printed reading, the handwriting reader, the clerk's
/// file name and the number written again on the document, and records the evidence.
///
/// The printed code after the slash is trusted; the digits before it are often handwritten, and
/// tesseract turns handwriting into plausible wrong digits ("22" read as "83"). So, where the ink
/// looks handwritten, the digits are unreadable, or a file name or a second writing speaks, every
/// reading is weighed together (``NumberWeighing``) and the most probable value kept, with its
/// probability as the confidence and a warning naming each source that disagrees; else the
/// printed reading stands, checked against the handwriting reader. Never a guessed digit: without
/// a reading, unreadable digits leave the number `nil`.
enum NumberDecision {
    /// Below this, a chosen reading comes with a "check it" warning.
    static let sure = 0.8
    /// Below this the handwriting reader's reading does not outweigh clean printed digits (the
    /// lowest right reading on the real and corpus handwritten pages is 0.39).
    static let barelyRead = 0.1

    /// Decides the header's number and records the evidence and any notice.
    static func decide(
        _ reading: NumberReading?,
        handwriting: [HandwrittenReading],
        dayUnreadable: Bool,
        path: String,
        useFileName: Bool,
        page: Int?,
        repeats: [NumberRepeats.Mention] = [],
        into header: inout DocumentHeader
    ) {
        guard let reading else {
            header.notices.append(.init(.numberLineMissing, "number line (Số: …) not found"))
            return
        }
        let readings = Readings(
            reading,
            handwriting: handwriting,
            dayUnreadable: dayUnreadable,
            path: path,
            useFileName: useFileName,
            page: page,
            repeats: repeats
        )
        if !weigh(readings, into: &header) { takePrinted(readings, into: &header) }
        if let raw = reading.codeRead {
            noteDoubtfulCode(
                .init(
                    .numberCodeRestored,
                    "number's printed code read as \"\(raw)\", taken as \(reading.code): check it",
                    values: ["raw": raw, "value": reading.code]
                ),
                into: &header
            )
        } else if !reading.code.unicodeScalars.allSatisfy({ CodeRepair.belongsInCode($0) || $0 == "/" || $0 == "-" }) {
            noteDoubtfulCode(
                .init(.numberCodeUnknown, "number's printed code read as \"\(reading.code)\", no code: check it", values: ["raw": reading.code]),
                into: &header
            )
        }
    }

    /// A code restored from a garbled reading (``NumberReading/codeRead``), or one holding letters
    /// no code holds ("ỦÍŸ": handwriting over the blank read as print and taken for the code), is
    /// one more thing to check, whatever the digits' confidence: it drops by a tenth and `notice`
    /// names what OCR printed.
    private static func noteDoubtfulCode(_ notice: Notice, into header: inout DocumentHeader) {
        if var field = header.evidence?.number {
            field.confidence = rounded(field.confidence * Self.restoredCode)
            header.evidence?.number = field
        }
        header.notices.append(notice)
    }

    /// How far a number with a restored code is trusted, relative to its digits' confidence.
    static let restoredCode = 0.9

    /// 1–2. Independent readings weighed together: the handwriting reader's alternatives (its
    /// probabilities), OCR's printed digits, the digit-whitelist OCR of the same ink, the clerk's
    /// file name and the number written again elsewhere on the document. Each source that agrees
    /// with a candidate multiplies its weight by how far that source is trusted; the weights,
    /// normalised, are the confidence. The file name is one reading among others: it can carry a
    /// wrong digit, so it no longer overrides the page.
    /// - Returns: whether the weighing decided the number.
    private static func weigh(_ r: Readings, into header: inout DocumentHeader) -> Bool {
        let needsWeighing =
            r.looksHandwritten || r.printedDigits == nil || r.file != nil
            || r.repeated.contains { !same($0, r.printedDigits) }
        // A reader that barely read anything (a printed letter taken for a tall digit) does not
        // put clean printed digits in doubt.
        let barely = r.printedIsClean && (r.best?.confidence ?? 1) < Self.barelyRead && r.file == nil && r.repeated.isEmpty
        guard needsWeighing, !barely, r.best != nil || r.file != nil || !r.repeated.isEmpty else { return false }
        let candidates = NumberWeighing(
            handwriting: r.classified.map { ($0.digits, $0.confidence) },
            printed: r.printedDigits,
            printedIsClean: r.printedIsClean,
            printedLooksHandwritten: r.looksHandwritten,
            ocrDigits: r.ocrDigits?.digits,
            fileName: r.file?.digits,
            repeats: r.repeated
        ).ranked()
        guard let top = candidates.first else { return false }
        let agreeing = top.sources
        let source: EvidenceSource =
            agreeing.contains(.handwriting)
            ? .handwritten
            : agreeing.contains(.printed) || agreeing.contains(.repeated) ? .printed : .fileName
        let evidence =
            r.evidence + r.repeats.map { .init(value: r.reading.canonical(with: $0.digits), from: .printed, confidence: 0.9, page: $0.page) }
        choose(top.digits, of: r.reading, from: source, confidence: top.confidence, readings: evidence, into: &header)
        if let notice = notice(for: top, r) { header.notices.append(notice) }
        return true
    }

    /// What a clerk should check about a weighed number: which readings disagree, or that it was
    /// taken from the file name or read from handwriting without certainty.
    private static func notice(for top: NumberWeighing.Candidate, _ r: Readings) -> Notice? {
        let value = r.reading.canonical(with: top.digits)
        var why: [String] = []
        var whyVietnamese: [String] = []
        if let best = r.best, !same(best.digits, top.digits) {
            why.append("handwriting reader \"\(best.digits)\"")
            whyVietnamese.append("chữ viết tay đọc \"\(best.digits)\"")
        }
        if let printedDigits = r.printedDigits, !same(printedDigits, top.digits) {
            why.append("OCR \"\(printedDigits)\"")
            whyVietnamese.append("nhận dạng chữ đọc \"\(printedDigits)\"")
        }
        if let f = r.file?.digits, !same(f, top.digits) {
            why.append("file name \"\(r.fileName)\"")
            whyVietnamese.append("tên tệp \"\(r.fileName)\"")
        }
        if let repeated = r.repeated.first(where: { !same($0, top.digits) }) {
            why.append("written again as \"\(repeated)\"")
            whyVietnamese.append("ghi lại là \"\(repeated)\"")
        }
        let fileName = r.fileName
        if top.sources == [.fileName] {
            if let seen = r.best?.digits ?? r.printedDigits {
                return .init(
                    .numberFromFileName,
                    "number digits read as \"\(seen)\" disagree with the file name \"\(fileName)\": \(value) taken from the file name",
                    values: ["value": value, "file": fileName, "reading": seen]
                )
            }
            return .init(
                .numberFromFileName,
                "number digits unreadable: \(value) taken from the file name \"\(fileName)\"",
                values: ["value": value, "file": fileName]
            )
        }
        if let best = r.best, let printedDigits = r.printedDigits, why.count == 1, same(best.digits, top.digits), !same(printedDigits, top.digits) {
            return .init(
                .numberReadingsDisagree,
                "number digits written by hand: read as \"\(best.digits)\" by the handwriting reader, \"\(printedDigits)\" by OCR; \(value) kept, check it",
                values: [
                    "value": value, "readings": "chữ viết tay \(best.digits), nhận dạng chữ \(printedDigits)",
                    "confidence": String(rounded(top.confidence)),
                ]
            )
        }
        if !why.isEmpty {
            return .init(
                .numberReadingsDisagree,
                "number digits disagree (\(why.joined(separator: ", "))); \(value) kept with confidence \(rounded(top.confidence)), check it",
                values: ["value": value, "readings": whyVietnamese.joined(separator: ", "), "confidence": String(rounded(top.confidence))]
            )
        }
        if top.confidence < sure {
            return .init(
                .numberHandwritten,
                "number digits written by hand and read as \"\(top.digits)\" with confidence \(rounded(top.confidence)): check \(value)",
                values: ["value": value, "confidence": String(rounded(top.confidence))]
            )
        }
        return nil
    }

    /// 3. Printed digits, checked against the handwriting reader; unreadable ones leave the number
    /// `nil`.
    private static func takePrinted(_ r: Readings, into header: inout DocumentHeader) {
        let reading = r.reading
        switch reading.digits {
        case .clean(let d), .repaired(let d, _):
            let repaired: Bool
            if case .repaired = reading.digits { repaired = true } else { repaired = false }
            var confidence = repaired ? 0.6 : 0.85
            if let best = r.best {
                confidence = same(best.digits, d) ? 0.95 : 0.6
                if !same(best.digits, d) {
                    header.notices.append(
                        .init(
                            .numberReadingsDisagree,
                            "number digits read as \"\(d)\" by OCR and \"\(best.digits)\" by the handwriting reader: check \(reading.canonical(with: d))",
                            values: [
                                "value": reading.canonical(with: d), "readings": "nhận dạng chữ \(d), chữ viết tay \(best.digits)",
                                "confidence": String(rounded(confidence)),
                            ]
                        )
                    )
                }
            }
            if r.looksHandwritten && r.best == nil {
                // A handwritten day beside the number: a clean reading of the digits is kept, not trusted.
                confidence = 0.4
                header.notices.append(
                    .init(
                        .numberProbablyHandwritten,
                        "number \(reading.canonical(with: d)) read from digits that are probably handwritten (the day beside them is unreadable): check it",
                        values: ["value": reading.canonical(with: d)]
                    )
                )
            }
            choose(d, of: reading, from: .printed, confidence: confidence, readings: r.evidence, into: &header)
            if case .repaired(_, let raw) = reading.digits {
                header.notices.append(
                    .init(
                        .numberRepaired,
                        "number digits \"\(raw)\" read as \"\(d)\" (OCR letter/digit confusion)",
                        values: ["raw": raw, "value": d]
                    )
                )
            }
        case .unreadable, .missing:
            let raw: String = {
                if case .unreadable(let r) = reading.digits { return r }
                return ""
            }()
            header.evidence.setNumber(.init(from: .printed, confidence: 0, readings: r.evidence))
            header.notices.append(
                .init(
                    .numberUnreadable,
                    "number digits unreadable (\(raw.isEmpty ? "blank" : "\"\(raw)\"")); printed part \(reading.printedPart)",
                    values: ["raw": raw, "printed": reading.printedPart]
                )
            )
        }
    }

    /// Sets the number from `digits` and its evidence.
    private static func choose(
        _ digits: String,
        of reading: NumberReading,
        from: EvidenceSource,
        confidence: Double,
        readings: [Evidence.Reading],
        into header: inout DocumentHeader
    ) {
        header.number = DocumentNumber(reading.canonical(with: digits))
        header.evidence.setNumber(.init(from: from, confidence: rounded(confidence), readings: readings))
    }

    /// Whether two digit strings are the same number ("07" and "7").
    private static func same(_ a: String?, _ b: String?) -> Bool {
        guard let a, let b, let x = Int(a), let y = Int(b) else { return false }
        return x == y
    }

    /// Two decimals, for evidence a person reads.
    static func rounded(_ value: Double) -> Double {
        (value * 100).rounded() / 100
    }
}
