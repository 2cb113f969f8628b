public import Archive
public import OCR

/// Translates the OCR stage's word boxes into the archive's ``PageWords`` (only here do the two
/// stages meet).
public enum PageWordsTranslation {
    /// The word boxes of each recognised page; pages read from a text layer have none.
    public static func pages(of recognized: RecognizedDocument) -> [PageWords] {
        recognized.pages.compactMap { page in
            guard page.source == .ocr, !page.lines.isEmpty else { return nil }
            let words = page.lines.flatMap(\.words).map {
                PageWords.Word(text: $0.text, x: $0.box.x, y: $0.box.y, width: $0.box.width, height: $0.box.height)
            }
            return PageWords(
                page: page.number,
                width: page.width,
                height: page.height,
                rotation: page.rotation,
                deskewAngle: page.deskewAngle,
                words: words
            )
        }
    }
}
