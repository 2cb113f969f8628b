extension RecognizedLine {
    /// Taller than wide by half again: tesseract read the line top to bottom.
    var isVertical: Bool { box.height * 2 > box.width * 3 }
}

extension Array where Element == RecognizedLine {
    /// The share of the recognised characters that stand in vertical lines (0 without text).
    ///
    /// Vietnamese dispatches are written in horizontal lines only, so a page whose text tesseract
    /// found in vertical lines is stored sideways. Tesseract reads such a page turned one way
    /// nearly as confidently as an upright one (0.89–0.95 mean confidence on the real-dev pages
    /// turned 90° clockwise, every character in a vertical line), so the confidence alone does
    /// not call for the orientation check; the lines' shape does.
    var verticalShare: Double {
        var all = 0
        var vertical = 0
        for line in self {
            let count = line.text.count { !$0.isWhitespace }
            all += count
            if line.isVertical { vertical += count }
        }
        return all == 0 ? 0 : Double(vertical) / Double(all)
    }

    /// More than half the characters stand in vertical lines: the page was read stored sideways.
    var readSideways: Bool { verticalShare > 0.5 }
}
