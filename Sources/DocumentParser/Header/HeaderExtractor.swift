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
    ///
    /// In phases, each handed the `HeaderLayout` located on the pages and what the phases before
    /// it read: the e-signature, the type line and the subject, the number line, then the number's
    /// and the date's decisions, the issuer, and the marks and closing block.
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
        let page = HeaderPage(pages: pages, layout: layout, lines: pages[layout.page])
        header.eSignature = eSignature(of: text, on: page)
        var read = titleAndSubject(on: page, into: &header)
        readNumber(on: page, into: &read)
        header.type = read.typeName
        decideNumberAndDate(of: text, on: page, read: read, into: &header)
        let hasOrganLines = decideIssuer(on: page, read: read, into: &header)
        if layout.nationalLine == nil && !hasOrganLines {
            header.notices.append(.init(.headerLost, "header lost: no quốc hiệu and no issuer column"))
        }
        if header.subject == nil { header.notices.append(.init(.subjectMissing, "subject (trích yếu) not found")) }
        readMarksAndClosing(on: page, read: read, into: &header)
        return header
    }

    /// The pages as every phase sees them.
    private struct HeaderPage {
        var pages: [[TextLine]]
        var layout: HeaderLayout
        /// The header page's lines.
        var lines: [TextLine]
        /// The main document's lines, from the header page on (an attached document left out).
        var body: [TextLine] { pages[layout.page..<layout.mainEnd].flatMap { $0 } }
    }

    /// What the phases read on the header page, handed to the later ones.
    private struct HeaderRead {
        /// The document type: from the type line, else the number's code, else "Công văn".
        var typeName: String?
        /// The line after the subject (or after the type line, or the number line): where the
        /// authority line, the marks and the closing block are sought from.
        var subjectEnd: Int
        /// The number line's reading.
        var number: NumberReading?
        /// Where the number ends on its line (a place and date may follow on the same line).
        var numberEnd = 0
    }

    /// E-signature: the separate box, else what OCR left of it on the main pages.
    private func eSignature(of text: DocumentText, on page: HeaderPage) -> ESignature? {
        if let box = text.signatureText, let sig = ESignatureParser.parse(signatureText: box) { return sig }
        return page.pages[page.layout.page..<page.layout.mainEnd].lazy.compactMap { ESignatureParser.parse(pageLines: $0) }.first
    }

    /// The type line's type and the subject (trích yếu) after it or after "V/v".
    private func titleAndSubject(on page: HeaderPage, into header: inout DocumentHeader) -> HeaderRead {
        let layout = page.layout
        var read = HeaderRead(
            typeName: layout.typeLine.flatMap { DocumentKinds.name(forTitleLetters: page.lines[$0].foldedLetters) },
            subjectEnd: layout.typeLine.map { $0 + 1 } ?? (layout.numberLine ?? 0)
        )
        if let start = layout.typeLine.map({ $0 + 1 }) ?? layout.vvLine {
            let (subject, end) = SubjectExtractor.extract(page.lines, from: start)
            header.subject = subject
            read.subjectEnd = end
        }
        return read
    }

    /// The number line's reading; without a type line, the type from the number's code, or
    /// "Công văn" for an administrative number or a "V/v" line.
    private func readNumber(on page: HeaderPage, into read: inout HeaderRead) {
        let layout = page.layout
        if let n = layout.numberLine, let m = layout.numberStart,
            let parsed = NumberLineParser.parse(page.lines[n], from: m, issuerCodes: layout.issuerCodes)
        {
            read.number = parsed.reading
            read.numberEnd = parsed.end
        }
        if read.typeName == nil, let code = read.number?.typeCode { read.typeName = DocumentKinds.name(forCode: code) }
        if read.typeName == nil, layout.vvLine != nil || (read.number != nil && read.number?.form == .administrative) { read.typeName = "Công văn" }
    }

    /// The place and the issue date's line, then the number's and the date's decisions between
    /// the printed readings, the handwriting, the file name, the number's repeats and the e-signature.
    private func decideNumberAndDate(of text: DocumentText, on page: HeaderPage, read: HeaderRead, into header: inout DocumentHeader) {
        let layout = page.layout
        let lines = page.lines
        let dateLine = layout.dateLine(in: lines)
        let dateReading = dateLine.flatMap { IssueDateParser.parse(lines[$0], placeStart: $0 == layout.numberLine ? read.numberEnd : 0) }
        header.place = dateReading?.place.map(PlaceNames.respelled)
        header.yearAlternatives = dateReading?.yearAlternatives ?? []
        // Digits written by hand into the header page's form, as the OCR stage read them.
        let headerPage = lines.first?.page
        let handwriting = text.pages.first { $0.number == headerPage }?.handwriting ?? []
        // The number written again elsewhere on the document (an appendix's header, "Điều 1").
        let repeats =
            read.number.map { r in
                NumberRepeats.find(code: r.code, in: page.pages, skipping: layout.numberLine.map { (layout.page, $0) })
            } ?? []
        NumberDecision.decide(
            read.number,
            handwriting: handwriting,
            dayUnreadable: dateReading != nil && dateReading?.day == nil,
            path: text.path,
            useFileName: options.numberFromFileName,
            page: headerPage,
            repeats: repeats,
            into: &header
        )
        DateDecision.decide(
            dateReading,
            handwriting: handwriting,
            signature: header.eSignature,
            fillFromSignature: options.dateFromSignatureTime,
            page: headerPage,
            into: &header
        )
    }

    /// The issuer from the organ column, the authority line under the subject, or the text.
    /// - Returns: whether the header has an organ column at all.
    private func decideIssuer(on page: HeaderPage, read: HeaderRead, into header: inout DocumentHeader) -> Bool {
        let layout = page.layout
        let body = page.body
        let spelling = OrganName(body: body)
        let organLines = IssuerExtractor.organLines(
            in: page.lines,
            nationalLine: layout.nationalLine,
            numberLine: layout.numberLine ?? layout.typeLine
        )
        let found = IssuerExtractor.extract(organLines: organLines, spelling: spelling)
        header.issuer = found.issuer
        header.parentIssuer = found.parent
        if let a = HeaderLayout.authorityLine(in: page.lines, after: read.subjectEnd) {
            let spelled = Self.completing(spelling.spell(a), from: found.issuer)
            if let issuer = header.issuer, VietnameseFolding.fold(issuer) != VietnameseFolding.fold(spelled) {
                header.parentIssuer = issuer
                header.issuer = spelled
            } else if header.issuer == nil {
                header.issuer = spelled
            }
        }
        if header.issuer == nil {
            if let inferred = IssuerInference.infer(from: body, typeName: read.typeName) {
                header.issuer = inferred
                header.notices.append(
                    .init(
                        .issuerInferred,
                        "issuer line missing; issuer \"\(inferred)\" inferred from the text (confidence 0.5)",
                        values: ["value": inferred, "confidence": "0.5"]
                    )
                )
            } else {
                header.notices.append(.init(.issuerMissing, "issuer line missing and not named in the text"))
            }
        }
        return !organLines.isEmpty
    }

    /// The marks in the header ("KHẨN", "MẬT"), and the closing block's recipients and signer.
    private func readMarksAndClosing(on page: HeaderPage, read: HeaderRead, into header: inout DocumentHeader) {
        let layout = page.layout
        let lines = page.lines
        let headerEnd = max(read.subjectEnd, layout.numberLine ?? 0)
        for line in lines.prefix(headerEnd) where !IssuerExtractor.isNationalLine(line) {
            for mark in MarksExtractor.marks(in: line) where !header.marks.contains(mark) { header.marks.append(mark) }
        }
        let closingLines = Array(lines[min(headerEnd, lines.count)...]) + page.pages[(layout.page + 1)..<layout.mainEnd].flatMap { $0 }
        let closing = SignatureBlockExtractor.extract(closingLines)
        header.recipients = closing.recipients
        header.signer = closing.signer
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
