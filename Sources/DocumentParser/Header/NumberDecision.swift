/// Chooses the document number from the printed reading, the handwriting reader and the clerk's
/// file name, and records the evidence.
///
/// The printed code after the slash is trusted; the digits before it are often handwritten, and
/// tesseract turns handwriting into plausible wrong digits ("22" read as "83"). So:
/// - a file name whose code words agree with the printed type code (or, for a công văn, the issuer
///   code) fills unreadable digits and wins over digits that disagree: a clerk names the file
///   from the register;
/// - else, where the ink looks handwritten, the handwritten-digit reader's reading is taken over
///   tesseract's, with a warning when they disagree or when the reader is unsure;
/// - else the printed reading stands, checked against the handwriting reader.
/// Never a guessed digit: without a reading, unreadable digits leave the number `nil`.
enum NumberDecision {
    /// Below this, a chosen reading comes with a "check it" warning.
    static let sure = 0.8
    /// Below this the handwriting reader's reading does not outweigh clean printed digits (the
    /// lowest right reading on the real and corpus handwritten pages is 0.39).
    static let barelyRead = 0.1

    static func decide(
        _ reading: NumberReading?, handwriting: [HandwrittenReading], dayUnreadable: Bool, path: String, useFileName: Bool, page: Int?,
        into header: inout DocumentHeader
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
        if let file { readings.append(.init(value: reading.canonical(with: file.digits), from: .fileName, confidence: 0.8)) }

        func choose(_ digits: String, from: EvidenceSource, confidence: Double) {
            header.number = reading.canonical(with: digits)
            header.evidence.setNumber(.init(from: from, confidence: rounded(confidence), readings: readings))
        }
        func same(_ a: String?, _ b: String?) -> Bool {
            guard let a, let b, let x = Int(a), let y = Int(b) else { return false }
            return x == y
        }

        // 1. The clerk's file name.
        if let file {
            // Agreement: the page's reading is the source, the file name vouches for it.
            let byHand = same(file.digits, best?.digits)
            let byPrint = same(file.digits, printedDigits)
            let agreeing = byHand || byPrint
            let source: EvidenceSource = byPrint && !looksHandwritten ? .printed : byHand ? .handwritten : byPrint ? .printed : .fileName
            choose(agreeing ? (byHand ? best?.digits : printedDigits) ?? file.digits : file.digits, from: source, confidence: agreeing ? 0.97 : 0.75)
            if !agreeing, let seen = best?.digits ?? printedDigits {
                header.warnings.append("number digits read as \"\(seen)\" disagree with the file name \"\(fileName)\": \(reading.canonical(with: file.digits)) taken from the file name")
            } else if !agreeing {
                header.warnings.append("number digits unreadable: \(reading.canonical(with: file.digits)) taken from the file name \"\(fileName)\"")
            }
            return
        }

        // 2. Handwriting, read by the digit classifier; not when the reader barely read anything
        // (a printed letter taken for a digit) and OCR read clean printed digits.
        var printedIsClean = false
        if case .clean = reading.digits { printedIsClean = true }
        if let best, looksHandwritten || printedDigits == nil, !(printedIsClean && best.confidence < Self.barelyRead) {
            var confidence = best.confidence
            if same(best.digits, ocrDigits?.digits) || same(best.digits, printedDigits) {
                confidence = 1 - (1 - confidence) * 0.5
            }
            choose(best.digits, from: .handwritten, confidence: confidence)
            let value = reading.canonical(with: best.digits)
            if let printedDigits, !same(printedDigits, best.digits) {
                header.warnings.append("number digits written by hand: read as \"\(best.digits)\" by the handwriting reader, \"\(printedDigits)\" by OCR; \(value) kept, check it")
            } else if confidence < sure {
                header.warnings.append("number digits written by hand and read as \"\(best.digits)\" with confidence \(rounded(confidence)): check \(value)")
            }
            return
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
