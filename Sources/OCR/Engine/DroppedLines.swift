import CTesseract
import Foundation

/// Lines of print that tesseract's page layout left out: a row of letter-sized ink that no
/// recognised line covers. A line set close under a table's bottom rule is the common case (d10's
/// "* Thời gian: Từ ngày 21/01/2013 đến hết ngày 15/04/2013", the notice's deadline, went into the
/// table's block and out of the text). Each band found is read again on its own as one line and
/// kept when tesseract is sure of it, so what the page prints reaches the parser.
///
/// ```swift
/// let bands = DroppedLines.bands(in: prepared.image, lines: result.lines)
/// ```
enum DroppedLines {
    /// A band needs at least this many letter-sized pieces of ink…
    static let minimumPieces = 12
    /// …spread over at least this many letter heights.
    static let minimumWidth = 10.0
    /// A line read again is kept at this mean confidence (0–100) or above.
    static let minimumConfidence = 75.0
    /// At most this many bands are read again on a page (each is one more tesseract call).
    static let maximumBands = 4

    /// The bands of letter-sized ink outside every recognised line, top to bottom.
    /// - Parameters:
    ///   - image: the page as tesseract read it (8-bit grey or 1-bit).
    ///   - lines: the recognised lines, in the image's coordinates.
    static func bands(in image: PageImage, lines: [RecognizedLine]) -> [Box] {
        let heights = lines.flatMap(\.words).filter { $0.text.contains(where: \.isLetter) }.map(\.box.height).sorted()
        guard heights.count >= 20 else { return [] }
        let h = Double(heights[heights.count / 2])
        let pieces = inkPieces(of: image).filter { piece in
            Double(piece.height) >= 0.45 * h && Double(piece.height) <= 1.6 * h && Double(piece.width) <= 3 * h
                && !lines.contains { covers($0.box, piece, margin: Int(0.3 * h)) }
        }
        // A margin of a third of a letter above and below (accents, descenders) and one letter
        // at each end, inside the page.
        let dy = Int(0.35 * h)
        let dx = Int(h)
        return group(pieces, letterHeight: h).prefix(maximumBands).map { band in
            let x0 = max(0, band.x - dx)
            let y0 = max(0, band.y - dy)
            let x1 = min(image.width, band.x + band.width + dx)
            let y1 = min(image.height, band.y + band.height + dy)
            return Box(x: x0, y: y0, width: x1 - x0, height: y1 - y0)
        }
    }

    /// Pieces sharing a row (their centres within 0.4 letter heights), as bands wide and full
    /// enough to be a line of print.
    static func group(_ pieces: [Box], letterHeight h: Double) -> [Box] {
        var rows: [(centre: Double, boxes: [Box])] = []
        for piece in pieces.sorted(by: { $0.y * 2 + $0.height < $1.y * 2 + $1.height }) {
            let centre = Double(piece.y) + Double(piece.height) / 2
            if let last = rows.last, abs(centre - last.centre) <= 0.4 * h {
                rows[rows.count - 1].boxes.append(piece)
                let n = Double(rows[rows.count - 1].boxes.count)
                rows[rows.count - 1].centre = last.centre + (centre - last.centre) / n
            } else {
                rows.append((centre, [piece]))
            }
        }
        return rows.compactMap { row in
            guard row.boxes.count >= minimumPieces, let band = Box(enclosing: row.boxes), Double(band.width) >= minimumWidth * h else { return nil }
            return band
        }
    }

    /// Whether `piece`'s centre lies in `box` grown by `margin`.
    static func covers(_ box: Box, _ piece: Box, margin: Int) -> Bool {
        let cx = piece.x + piece.width / 2
        let cy = piece.y + piece.height / 2
        return cx >= box.x - margin && cx <= box.x + box.width + margin && cy >= box.y - margin && cy <= box.y + box.height + margin
    }

    /// The boxes of the page's connected pieces of ink (8-connected, dark below mid-grey).
    static func inkPieces(of image: PageImage) -> [Box] {
        let binary = image.depth == 1 ? pixClone(image.pix) : pixConvertTo1(image.pix, 128)
        guard let bits = PageImage.wrap(binary) else { return [] }
        guard let boxes = pixConnCompBB(bits.pix, 8) else { return [] }
        defer {
            var pointer: UnsafeMutablePointer<BOXA>? = boxes
            boxaDestroy(&pointer)
        }
        var found: [Box] = []
        let count = boxaGetCount(boxes)
        found.reserveCapacity(Int(count))
        for i in 0..<count {
            var x: Int32 = 0
            var y: Int32 = 0
            var w: Int32 = 0
            var h: Int32 = 0
            guard boxaGetBoxGeometry(boxes, i, &x, &y, &w, &h) == 0 else { continue }
            found.append(Box(x: Int(x), y: Int(y), width: Int(w), height: Int(h)))
        }
        return found
    }

    /// The lines with `recovered` put in reading order, and the text with each recovered line
    /// after the last recognised line that ends above it (before all of them when none does).
    static func merge(_ recovered: [RecognizedLine], into lines: [RecognizedLine], text: String) -> (lines: [RecognizedLine], text: String) {
        var allLines = lines
        var allText = text
        for line in recovered {
            let above = lines.filter { !$0.text.isEmpty && $0.box.y + $0.box.height <= line.box.y + line.box.height / 2 }
                .max { $0.box.y + $0.box.height < $1.box.y + $1.box.height }
            if let above, let range = allText.range(of: above.text) {
                let end = allText[range.upperBound...].firstIndex(of: "\n") ?? allText.endIndex
                allText.insert(contentsOf: "\n" + line.text, at: end)
            } else {
                allText = line.text + "\n" + allText
            }
            let at = allLines.firstIndex { $0.box.y > line.box.y } ?? allLines.endIndex
            allLines.insert(line, at: at)
        }
        return (allLines, allText)
    }
}
