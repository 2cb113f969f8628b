import VietnameseText

/// Pulls the fields, citations and deadlines out of the text of one Vietnamese administrative document.
///
/// ```swift
/// let parsed = DocumentParser().parse(DocumentText(path: "plan.txt", sha256: digest, pages: pages))
/// print(parsed.number ?? "no number")   // "63/KH-THNH"
/// ```
/// The parser is a pure function of its input: it reads no files and needs no OCR.
public struct DocumentParser: Sendable {
    /// Creates a parser.
    public init() {}

    /// A document cannot cite what was issued after it: an issue date before the latest cited
    /// date is misread (a handwritten day, a year with a speck read as a digit: "20235"). It is
    /// kept, flagged and no longer sure.
    static func checkDate(_ header: inout DocumentHeader, against citations: [Citation]) {
        guard var date = header.date, let latest = citations.compactMap(\.date).max(), date < latest,
            let cited = citations.first(where: { $0.date == latest })
        else { return }
        // The year read with a digit glued on: the reading that cites nothing later than itself.
        if let year = header.yearAlternatives.filter({ String($0) >= String(latest.prefix(4)) }).min(),
            let fixed = Optional(String(year) + date.dropFirst(4)), fixed >= latest
        {
            header.notices.append(
                .init(
                    .dateYearRepaired,
                    "issue year read as \(date.prefix(4)) with a digit glued on; \(fixed) is the reading that cites nothing later than itself: check it",
                    values: ["value": fixed, "reading": String(date.prefix(4))]
                )
            )
            header.date = fixed
            date = fixed
            if var evidence = header.evidence?.date {
                evidence.confidence = min(evidence.confidence, 0.5)
                header.evidence.setDate(evidence)
            }
            return
        }
        let name = cited.number?.text ?? cited.name ?? "instrument"
        header.notices.append(
            .init(
                .dateBeforeCitation,
                "issue date \(date) is before the date \(latest) of the cited \(name): check it",
                values: ["value": date, "cited date": latest, "cited": name]
            )
        )
        if var evidence = header.evidence?.date {
            evidence.confidence = min(evidence.confidence, 0.3)
            header.evidence.setDate(evidence)
        } else {
            header.evidence.setDate(.init(from: .printed, confidence: 0.3))
        }
    }

    /// Parses one document.
    /// - Parameter text: the document's pages of text.
    /// - Returns: the document's fields, citations and deadlines, with warnings for what is unclear.
    public func parse(_ text: DocumentText) -> ParsedDocument {
        var header = HeaderExtractor().extract(from: text)
        // Cited numbers written by hand into a printed blank, where the OCR stage read them.
        let handwritten = HandwrittenCitationNumbers(text)
        let scanned = ScannedText(handwritten.text)  // one scan of the body serves both extractors
        var citations = CitationExtractor().extract(from: scanned, ownNumber: header.number?.text)
        let citationWarnings = handwritten.mark(&citations)
        let deadlines = DeadlineExtractor().extract(from: scanned, issueDate: header.date)
        Self.checkDate(&header, against: citations)
        let effect = EffectiveDates(scanned, issueDate: header.date)
        var parsed = ParsedDocument(
            source: .init(
                path: text.path,
                sha256: text.sha256,
                pages: max(1, text.pages.count),
                textSource: text.source,
                meanConfidence: text.meanConfidence
            ),
            number: header.number,
            type: header.type,
            date: header.date,
            place: header.place,
            issuer: header.issuer,
            parentIssuer: header.parentIssuer,
            subject: header.subject,
            signer: header.signer,
            recipients: header.recipients,
            marks: header.marks.isEmpty ? nil : header.marks,
            citations: citations,
            deadlines: deadlines,
            notices: header.notices + citationWarnings,
            evidence: header.evidence,
            eSignature: header.eSignature
        )
        parsed.effectiveDate = effect.effective
        parsed.endDate = effect.end
        return parsed
    }
}
