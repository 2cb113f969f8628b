import VietnameseText

/// Finds the number, type, date, place, issuer, subject, signer and recipients of a document.
///
/// ```swift
/// let header = HeaderExtractor().extract(from: text)
/// header.number   // "63/KH-THNH"
/// header.date     // "2024-02-29"
/// ```
/// Only the first document in the file counts: an attached draft on later pages (with its own
/// quốc hiệu and blank number) never overrides the first page's header. What cannot be read is
/// left `nil` with a warning; the clerk's file name and the e-signature time are used only as
/// marked evidence (see ``DocumentHeader/evidence``).
public struct HeaderExtractor: Sendable {
    /// Choices about weak evidence.
    public struct Options: Sendable, Hashable {
        /// Fill an unreadable issue date from the e-signature time (evidence `signature-time`,
        /// confidence 0.3, with a warning that it is an upper bound). On by default: a dated record
        /// the clerk can correct beats an undated one, and the warning keeps it from passing as
        /// read. On the real scans the written date is the signing day or up to five days before.
        public var dateFromSignatureTime: Bool
        /// Fill unreadable or disagreeing number digits from the clerk's file name when its type
        /// code agrees with the printed one (evidence `file-name`, with a warning).
        public var numberFromFileName: Bool

        /// Creates options.
        public init(dateFromSignatureTime: Bool = true, numberFromFileName: Bool = true) {
            self.dateFromSignatureTime = dateFromSignatureTime
            self.numberFromFileName = numberFromFileName
        }
    }

    /// The options in force.
    public var options: Options

    /// Creates an extractor.
    /// - Parameter options: how to use weak evidence; the defaults suit an archive.
    public init(options: Options = .init()) {
        self.options = options
    }

    /// Extracts the header fields.
    /// - Parameter text: the document's pages (and e-signature box, if any).
    /// - Returns: the header, with warnings for what is missing or unclear.
    public func extract(from text: DocumentText) -> DocumentHeader {
        var header = DocumentHeader()
        let pages = TextLine.pages(of: text)
        guard !pages.isEmpty else {
            header.notices.append(.init(.emptyDocument, "empty document: no text"))
            return header
        }
        let layout = HeaderLayout.locate(in: pages)
        let lines = pages[layout.page]

        // E-signature: the separate box, else what OCR left of it on the main pages.
        if let box = text.signatureText, let sig = ESignatureParser.parse(signatureText: box) {
            header.eSignature = sig
        } else {
            header.eSignature = pages[layout.page..<layout.mainEnd].lazy.compactMap { ESignatureParser.parse(pageLines: $0) }.first
        }

        // Type, subject, authority line.
        var typeName = layout.typeLine.flatMap { DocumentKinds.name(forTitleLetters: lines[$0].foldedLetters) }
        var subjectEnd = layout.typeLine.map { $0 + 1 } ?? (layout.numberLine ?? 0)
        if let start = layout.typeLine.map({ $0 + 1 }) ?? layout.vvLine {
            let (subject, end) = SubjectExtractor.extract(lines, from: start)
            header.subject = subject
            subjectEnd = end
        }
        let authority = HeaderLayout.authorityLine(in: lines, after: subjectEnd)

        // Number.
        var reading: NumberReading?
        var numberEnd = 0
        if let n = layout.numberLine, let m = NumberLineParser.markerEnd(in: lines[n]), let parsed = NumberLineParser.parse(lines[n], from: m) {
            reading = parsed.reading
            numberEnd = parsed.end
        }
        if typeName == nil, let code = reading?.typeCode { typeName = DocumentKinds.name(forCode: code) }
        if typeName == nil, layout.vvLine != nil || (reading != nil && reading?.form == .administrative) { typeName = "Công văn" }
        header.type = typeName

        // Date and place.
        let dateLine = layout.dateLine(in: lines)
        let dateReading = dateLine.flatMap { IssueDateParser.parse(lines[$0], placeStart: $0 == layout.numberLine ? numberEnd : 0) }
        header.place = dateReading?.place.map(PlaceNames.respelled)
        header.yearAlternatives = dateReading?.yearAlternatives ?? []
        // Digits written by hand into the header page's form, as the OCR stage read them.
        let headerPage = lines.first?.page
        let handwriting = text.pages.first { $0.number == headerPage }?.handwriting ?? []
        // The number written again elsewhere on the document (an appendix's header, "Điều 1").
        let repeats = reading.map { r in
            NumberRepeats.find(code: r.code, in: pages, skipping: layout.numberLine.map { (layout.page, $0) })
        } ?? []
        NumberDecision.decide(
            reading, handwriting: handwriting, dayUnreadable: dateReading != nil && dateReading?.day == nil, path: text.path,
            useFileName: options.numberFromFileName, page: headerPage, repeats: repeats, into: &header
        )
        DateDecision.decide(
            dateReading, handwriting: handwriting, signature: header.eSignature, fillFromSignature: options.dateFromSignatureTime,
            page: headerPage, into: &header
        )

        // Issuer.
        let body = pages[layout.page..<layout.mainEnd].flatMap { $0 }
        let spelling = OrganName(body: body)
        let organLines = IssuerExtractor.organLines(in: lines, nationalLine: layout.nationalLine, numberLine: layout.numberLine ?? layout.typeLine)
        let found = IssuerExtractor.extract(organLines: organLines, spelling: spelling)
        header.issuer = found.issuer
        header.parentIssuer = found.parent
        if let a = authority {
            let spelled = Self.completing(spelling.spell(a), from: found.issuer)
            if let issuer = header.issuer, VietnameseFolding.fold(issuer) != VietnameseFolding.fold(spelled) {
                header.parentIssuer = issuer
                header.issuer = spelled
            } else if header.issuer == nil {
                header.issuer = spelled
            }
        }
        if header.issuer == nil {
            if let inferred = IssuerInference.infer(from: body, typeName: typeName) {
                header.issuer = inferred
                header.notices.append(.init(.issuerInferred, "issuer line missing; issuer \"\(inferred)\" inferred from the text (confidence 0.5)", values: ["value": inferred, "confidence": "0.5"]))
            } else {
                header.notices.append(.init(.issuerMissing, "issuer line missing and not named in the text"))
            }
        }
        if layout.nationalLine == nil && organLines.isEmpty {
            header.notices.append(.init(.headerLost, "header lost: no quốc hiệu and no issuer column"))
        }
        if header.subject == nil { header.notices.append(.init(.subjectMissing, "subject (trích yếu) not found")) }

        // Marks, closing block.
        let headerEnd = max(subjectEnd, layout.numberLine ?? 0)
        for line in lines.prefix(headerEnd) where !IssuerExtractor.isNationalLine(line) {
            for mark in MarksExtractor.marks(in: line) where !header.marks.contains(mark) { header.marks.append(mark) }
        }
        let closingLines = Array(lines[min(headerEnd, lines.count)...]) + pages[(layout.page + 1)..<layout.mainEnd].flatMap { $0 }
        let closing = SignatureBlockExtractor.extract(closingLines)
        header.recipients = closing.recipients
        header.signer = closing.signer
        return header
    }

    /// Administrative-unit words an authority line may end on without the unit's name
    /// ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH"), folded.
    static let unitEndings: Set<String> = ["tinh", "pho", "huyen", "quan", "xa", "phuong", "tran", "truong"]

    /// An authority line that leaves the unit's name to the issuer block ("Chủ tịch Ủy ban nhân
    /// dân tỉnh" under "ỦY BAN NHÂN DÂN / TỈNH BẠC LIÊU") completed from it: the authority's last
    /// words are the issuer's first ones, and the issuer goes on with the name.
    static func completing(_ authority: String, from issuer: String?) -> String {
        guard let issuer else { return authority }
        let a = authority.split(separator: " ").map { VietnameseFolding.fold(String($0)) }
        let iWords = issuer.split(separator: " ")
        let i = iWords.map { VietnameseFolding.fold(String($0)) }
        guard let last = a.last, unitEndings.contains(last), i.count > 1 else { return authority }
        for length in stride(from: min(a.count, i.count - 1), through: 2, by: -1)
        where Array(a.suffix(length)) == Array(i.prefix(length)) {
            return authority + " " + iWords.dropFirst(length).joined(separator: " ")
        }
        return authority
    }
}
