/// Chooses the document number from the printed reading and the clerk's file name, and records
/// the evidence.
///
/// The printed code after the slash is trusted; the digits before it are often handwritten. A file
/// name is used only when its code words agree with the printed type code (or, for a công văn,
/// the issuer code): then it fills unreadable digits, and it wins over digits that disagree (a
/// clerk names the file from the register; OCR turns handwritten "22" into "83"). Never a guessed
/// digit: without agreeing evidence unreadable digits leave the number `nil`.
enum NumberDecision {
    static func decide(_ reading: NumberReading?, path: String, useFileName: Bool, page: Int?, into header: inout DocumentHeader) {
        guard let reading else {
            header.warnings.append("number line (Số: …) not found")
            return
        }
        let file = useFileName ? FileNameNumber(path: path).flatMap { $0.agrees(with: reading) ? $0 : nil } : nil
        let fileValue = file.map { reading.canonical(with: $0.digits) }
        let fileReading = fileValue.map { Evidence.Reading(value: $0, from: .fileName, confidence: 0.8) }
        let fileName = String(path.split(separator: "/").last ?? "")
        switch reading.digits {
        case .clean(let d), .repaired(let d, _):
            let repaired: Bool
            if case .repaired = reading.digits { repaired = true } else { repaired = false }
            let printedValue = reading.canonical(with: d)
            if let file, let fileValue, let fileReading {
                if Int(file.digits) == Int(d) {
                    header.number = printedValue
                    header.evidence.setNumber(.init(from: .printed, confidence: 0.97, readings: [
                        .init(value: printedValue, from: .printed, confidence: repaired ? 0.6 : 0.9, page: page), fileReading,
                    ]))
                } else {
                    header.number = fileValue
                    header.evidence.setNumber(.init(from: .fileName, confidence: 0.7, readings: [
                        .init(value: printedValue, from: .printed, confidence: 0.3, page: page), fileReading,
                    ]))
                    header.warnings.append("number digits read as \"\(d)\" (handwritten?) disagree with the file name \"\(fileName)\": \(fileValue) taken from the file name")
                }
            } else {
                header.number = printedValue
                header.evidence.setNumber(.init(from: .printed, confidence: repaired ? 0.6 : 0.85, readings: [
                    .init(value: printedValue, from: .printed, confidence: repaired ? 0.6 : 0.85, page: page),
                ]))
                if case .repaired(_, let raw) = reading.digits {
                    header.warnings.append("number digits \"\(raw)\" read as \"\(d)\" (OCR letter/digit confusion)")
                }
            }
        case .unreadable, .missing:
            let raw: String = { if case .unreadable(let r) = reading.digits { return r }; return "" }()
            let printed = Evidence.Reading(value: reading.printedPart, from: .printed, confidence: 0, page: page)
            if let fileValue, let fileReading {
                header.number = fileValue
                header.evidence.setNumber(.init(from: .fileName, confidence: 0.8, readings: [printed, fileReading]))
                header.warnings.append("number digits unreadable (\(raw.isEmpty ? "blank" : "\"\(raw)\"")): \(fileValue) taken from the file name \"\(fileName)\"")
            } else {
                header.evidence.setNumber(.init(from: .printed, confidence: 0, readings: [printed]))
                header.warnings.append("number digits unreadable (\(raw.isEmpty ? "blank" : "\"\(raw)\"")); printed part \(reading.printedPart)")
            }
        }
    }
}
