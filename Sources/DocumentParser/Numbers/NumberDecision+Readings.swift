extension NumberDecision {
    /// Every reading of the number's digits, gathered once and handed to the phases that decide.
    struct Readings {
        var reading: NumberReading
        /// The handwriting reader's readings, best first.
        var classified: [HandwrittenReading]
        /// The digit-whitelist OCR of the same ink.
        var ocrDigits: HandwrittenReading?
        var looksHandwritten: Bool
        /// The clerk's file name's digits, when it agrees with the printed code.
        var file: FileNameNumber?
        var fileName: String
        var printedDigits: String?
        var printedIsClean: Bool
        /// The number written again elsewhere on the document.
        var repeats: [NumberRepeats.Mention]
        /// Every reading considered, for the evidence.
        var evidence: [Evidence.Reading]

        /// The handwriting reader's best reading.
        var best: HandwrittenReading? { classified.first }
        var repeated: [String] { repeats.map(\.digits) }

        init(
            _ reading: NumberReading,
            handwriting: [HandwrittenReading],
            dayUnreadable: Bool,
            path: String,
            useFileName: Bool,
            page: Int?,
            repeats: [NumberRepeats.Mention]
        ) {
            let written = handwriting.filter { $0.field == .number }
            self.reading = reading
            classified = written.filter { $0.method == .classifier }
            ocrDigits = written.first { $0.method == .ocrDigits }
            looksHandwritten = written.first?.looksHandwritten ?? dayUnreadable
            let file = useFileName ? FileNameNumber(path: path).flatMap { $0.agrees(with: reading) ? $0 : nil } : nil
            self.file = file
            fileName = String(path.split(separator: "/").last ?? "")
            printedDigits = reading.digitString
            if case .clean = reading.digits { printedIsClean = true } else { printedIsClean = false }
            self.repeats = repeats
            evidence = [
                .init(
                    value: printedDigits.map(reading.canonical(with:)) ?? reading.printedPart,
                    from: .printed,
                    confidence: printedDigits == nil ? 0 : (looksHandwritten ? 0.3 : 0.85),
                    page: page
                )
            ]
            evidence += Evidence.Reading.handwritten(written.map { (reading.canonical(with: $0.digits), $0) }, page: page)
            if let file {
                evidence.append(.init(value: reading.canonical(with: file.digits), from: .fileName, confidence: NumberWeighing.Source.fileName.trust))
            }
        }
    }
}
