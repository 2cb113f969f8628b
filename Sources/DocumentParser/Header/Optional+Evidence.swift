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
