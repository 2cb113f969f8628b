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

    static func decide(
        _ reading: NumberReading?, handwriting: [HandwrittenReading], dayUnreadable: Bool, path: String, useFileName: Bool, page: Int?,
        repeats: [NumberRepeats.Mention] = [], into header: inout DocumentHeader
    ) {
        guard let reading else {
            header.warnings.append("number line (Số: …) not found")
            return
        }
        let written = handwriting.filter { $0.field == .number }
        let classified = written.filter { $0.method == .classifier }
        let best = classified.first
        let ocrDigits = written.first { $0.method == .ocrDigits }
        let looksHandwritten = written.first?.looksHandwritten ?? dayUnreadable
        let file = useFileName ? FileNameNumber(path: path).flatMap { $0.agrees(with: reading) ? $0 : nil } : nil
        let fileName = String(path.split(separator: "/").last ?? "")

        // Every reading considered, for the evidence.
        let printedDigits = reading.digitString
        var readings: [Evidence.Reading] = [
            .init(value: printedDigits.map(reading.canonical(with:)) ?? reading.printedPart, from: .printed,
                  confidence: printedDigits == nil ? 0 : (looksHandwritten ? 0.3 : 0.85), page: page),
        ]
        readings += Evidence.Reading.handwritten(written.map { (reading.canonical(with: $0.digits), $0) }, page: page)
        if let file { readings.append(.init(value: reading.canonical(with: file.digits), from: .fileName, confidence: NumberWeighing.Source.fileName.trust)) }

        func choose(_ digits: String, from: EvidenceSource, confidence: Double) {
            header.number = reading.canonical(with: digits)
            header.evidence.setNumber(.init(from: from, confidence: rounded(confidence), readings: readings))
        }
        func same(_ a: String?, _ b: String?) -> Bool {
            guard let a, let b, let x = Int(a), let y = Int(b) else { return false }
            return x == y
        }

        // 1–2. Independent readings weighed together: the handwriting reader's alternatives (its
        // probabilities), OCR's printed digits, the digit-whitelist OCR of the same ink, the
        // clerk's file name and the number written again elsewhere on the document. Each source
        // that agrees with a candidate multiplies its weight by how far that source is trusted;
        // the weights, normalised, are the confidence. The file name is one reading among others:
        // it can carry a wrong digit, so it no longer overrides the page.
        var printedIsClean = false
        if case .clean = reading.digits { printedIsClean = true }
        let repeated = repeats.map(\.digits)
        let needsWeighing = looksHandwritten || printedDigits == nil || file != nil
            || repeated.contains { !same($0, printedDigits) }
        // A reader that barely read anything (a printed letter taken for a tall digit) does not
        // put clean printed digits in doubt.
        let barely = printedIsClean && (best?.confidence ?? 1) < Self.barelyRead && file == nil && repeated.isEmpty
        if needsWeighing, !barely, best != nil || file != nil || !repeated.isEmpty {
            let candidates = NumberWeighing(
                handwriting: classified.map { ($0.digits, $0.confidence) }, printed: printedDigits, printedIsClean: printedIsClean,
                printedLooksHandwritten: looksHandwritten, ocrDigits: ocrDigits?.digits, fileName: file?.digits, repeats: repeated
            ).ranked()
            if let top = candidates.first {
                let agreeing = top.sources
                let source: EvidenceSource = agreeing.contains(.handwriting) ? .handwritten
                    : agreeing.contains(.printed) || agreeing.contains(.repeated) ? .printed : .fileName
                readings += repeats.map { .init(value: reading.canonical(with: $0.digits), from: .printed, confidence: 0.9, page: $0.page) }
                choose(top.digits, from: source, confidence: top.confidence)
                let value = reading.canonical(with: top.digits)
                var why: [String] = []
                if let best, !same(best.digits, top.digits) { why.append("handwriting reader \"\(best.digits)\"") }
                if let printedDigits, !same(printedDigits, top.digits) { why.append("OCR \"\(printedDigits)\"") }
                if let f = file?.digits, !same(f, top.digits) { why.append("file name \"\(fileName)\"") }
                if let r = repeated.first(where: { !same($0, top.digits) }) { why.append("written again as \"\(r)\"") }
                if agreeing == [.fileName] {
                    if let seen = best?.digits ?? printedDigits {
                        header.warnings.append("number digits read as \"\(seen)\" disagree with the file name \"\(fileName)\": \(value) taken from the file name")
                    } else {
                        header.warnings.append("number digits unreadable: \(value) taken from the file name \"\(fileName)\"")
                    }
                } else if let best, let printedDigits, why.count == 1, same(best.digits, top.digits), !same(printedDigits, top.digits) {
                    header.warnings.append("number digits written by hand: read as \"\(best.digits)\" by the handwriting reader, \"\(printedDigits)\" by OCR; \(value) kept, check it")
                } else if !why.isEmpty {
                    header.warnings.append("number digits disagree (\(why.joined(separator: ", "))); \(value) kept with confidence \(rounded(top.confidence)), check it")
                } else if top.confidence < sure {
                    header.warnings.append("number digits written by hand and read as \"\(top.digits)\" with confidence \(rounded(top.confidence)): check \(value)")
                }
                return
            }
        }

        // 3. Printed digits.
        switch reading.digits {
        case .clean(let d), .repaired(let d, _):
            let repaired: Bool
            if case .repaired = reading.digits { repaired = true } else { repaired = false }
            var confidence = repaired ? 0.6 : 0.85
            if let best {
                confidence = same(best.digits, d) ? 0.95 : 0.6
                if !same(best.digits, d) {
                    header.warnings.append("number digits read as \"\(d)\" by OCR and \"\(best.digits)\" by the handwriting reader: check \(reading.canonical(with: d))")
                }
            }
            if looksHandwritten && best == nil {
                // A handwritten day beside the number: a clean reading of the digits is kept, not trusted.
                confidence = 0.4
                header.warnings.append("number \(reading.canonical(with: d)) read from digits that are probably handwritten (the day beside them is unreadable): check it")
            }
            choose(d, from: .printed, confidence: confidence)
            if case .repaired(_, let raw) = reading.digits {
                header.warnings.append("number digits \"\(raw)\" read as \"\(d)\" (OCR letter/digit confusion)")
            }
        case .unreadable, .missing:
            let raw: String = { if case .unreadable(let r) = reading.digits { return r }; return "" }()
            header.evidence.setNumber(.init(from: .printed, confidence: 0, readings: readings))
            header.warnings.append("number digits unreadable (\(raw.isEmpty ? "blank" : "\"\(raw)\"")); printed part \(reading.printedPart)")
        }
    }

    /// Two decimals, for evidence a person reads.
    static func rounded(_ value: Double) -> Double {
        (value * 100).rounded() / 100
    }
}
