/// Chooses the issue date from the written date and the e-signature time, and records the evidence.
///
/// The written date is the document's date. The signing time only bounds it from above (the
/// written date is the signing day or a few days before); it fills an unreadable date only when
/// asked, marked `signature-time` with a low confidence.
enum DateDecision {
    static func decide(_ reading: IssueDateParser.Reading?, signature: ESignature?, fillFromSignature: Bool, page: Int?, into header: inout DocumentHeader) {
        let signed = signature?.time.map { String($0.prefix(10)) }
        let signedReading = signed.map { Evidence.Reading(value: $0, from: .signatureTime, confidence: 0.3) }
        guard let reading else {
            header.warnings.append("issue date (ngày … tháng … năm …) not found")
            fill(from: signed, reading: signedReading, printed: nil, enabled: fillFromSignature, into: &header)
            return
        }
        if let iso = reading.iso {
            header.date = iso
            var readings = [Evidence.Reading(value: iso, from: .printed, confidence: 0.9, page: page)]
            if let signedReading { readings.append(signedReading) }
            header.evidence.setDate(.init(from: .printed, confidence: 0.9, readings: readings))
            if let signed, iso > signed {
                header.warnings.append("issue date \(iso) is after the signing time \(signed)")
            }
            return
        }
        let y = reading.year.map(String.init) ?? "?"
        if reading.isImpossible {
            header.warnings.append("issue date ngày \(reading.rawDay) tháng \(reading.rawMonth) năm \(y) does not exist")
        } else {
            header.warnings.append("issue date unreadable: ngày \"\(reading.rawDay)\" tháng \"\(reading.rawMonth)\" năm \(y) (handwritten?)")
        }
        // No printed reading is listed: its value would be null, and the contract wants a value key
        // that `Evidence.Reading`'s synthesized encoding leaves out for nil. The warning keeps the raw text.
        let printed: Evidence.Reading? = nil
        // The signature bounds the date: use it only when month and year agree with what is printed.
        var agrees = true
        if let signed {
            let parts = signed.split(separator: "-").compactMap { Int($0) }
            if let y = reading.year, parts.count == 3, parts[0] != y { agrees = false }
            if let m = reading.month, parts.count == 3, parts[1] != m { agrees = false }
        }
        fill(from: agrees ? signed : nil, reading: signedReading, printed: printed, enabled: fillFromSignature, into: &header)
    }

    static func fill(from signed: String?, reading: Evidence.Reading?, printed: Evidence.Reading?, enabled: Bool, into header: inout DocumentHeader) {
        let readings = [printed, reading].compactMap { $0 }
        if enabled, let signed {
            header.date = signed
            header.evidence.setDate(.init(from: .signatureTime, confidence: 0.3, readings: readings))
            header.warnings.append("issue date \(signed) taken from the e-signature time: the written date may be a few days earlier")
        } else {
            header.evidence.setDate(.init(from: .printed, confidence: 0, readings: readings.isEmpty ? nil : readings))
            if let signed { header.warnings.append("signed on \(signed): the issue date is on or before that day") }
        }
    }
}
