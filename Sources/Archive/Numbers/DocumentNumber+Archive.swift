package import DocumentParser

extension DocumentNumber {
    /// The number when the archive can compare it (its text starts with digits), else `nil`: only
    /// such numbers get the `number_key`, `number_head`, `number_year` and `number_code` columns.
    package var keyed: DocumentNumber? { serial == nil ? nil : self }
}

extension Character {
    var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}
