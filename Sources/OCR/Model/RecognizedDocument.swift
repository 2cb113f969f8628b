/// Every page of one input file, recognised.
public struct RecognizedDocument: Sendable, Hashable, Codable {
    /// The file's path as given.
    public var path: String
    /// The format found by content.
    public var format: InputFormat
    public var pages: [RecognizedPage]

    /// Creates a document.
    public init(path: String, format: InputFormat, pages: [RecognizedPage]) {
        self.path = path
        self.format = format
        self.pages = pages
    }

    /// The e-signature boxes of all pages, joined, or `nil` when there are none.
    public var signatureText: String? {
        let boxes = pages.compactMap(\.signatureText)
        return boxes.isEmpty ? nil : boxes.joined(separator: "\n")
    }

    /// Mean confidence over the OCR'd pages, or `nil` when none was OCR'd.
    public var meanConfidence: Double? {
        let values = pages.compactMap(\.meanConfidence)
        return values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
    }

    /// True when every page came from the PDF's text layer.
    public var isBornDigital: Bool { !pages.isEmpty && pages.allSatisfy { $0.source == .pdfText } }
}
