extension Optional where Wrapped == Evidence {
    /// Sets the number's evidence, creating the evidence value when needed.
    mutating func setNumber(_ field: Evidence.Field) {
        var e = self ?? Evidence()
        e.number = field
        self = e
    }

    /// Sets the date's evidence, creating the evidence value when needed.
    mutating func setDate(_ field: Evidence.Field) {
        var e = self ?? Evidence()
        e.date = field
        self = e
    }
}

extension Evidence.Reading {
    /// The handwriting reader's alternatives as evidence, best first (at most four), each as the
    /// value it makes (a number, a date), with the reader's confidence and the ink's box.
    static func handwritten(_ alternatives: [(value: String, reading: HandwrittenReading)], page: Int?) -> [Evidence.Reading] {
        alternatives.prefix(4).map {
            .init(value: $0.value, from: .handwritten, confidence: NumberDecision.rounded($0.reading.confidence), page: page, box: $0.reading.box)
        }
    }
}
