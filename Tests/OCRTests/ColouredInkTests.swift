import Testing

@testable import OCR

/// Ink that colour dropout removed from the page the OCR read was coloured: a clerk's pen.
@Suite struct ColouredInkTests {
    /// A 6x4 region: a stroke in columns 1–2, and the colourless page with `dropped` of its rows gone.
    static func regions(dropped rows: Set<Int>) -> (kept: [UInt8], colourless: InkImage) {
        let w = 6
        let h = 4
        var kept = [UInt8](repeating: 255, count: w * h)
        var grey = [UInt8](repeating: 250, count: w * h)
        for y in 0..<h {
            for x in 1...2 {
                kept[y * w + x] = 0
                if !rows.contains(y) { grey[y * w + x] = 30 }
            }
        }
        return (kept, InkImage(width: w, height: h, grey: grey))
    }

    @Test func inkGoneFromTheColourlessPageIsColoured() {
        // Blue ballpoint: all of it gone once coloured ink is dropped.
        let blue = Self.regions(dropped: [0, 1, 2, 3])
        #expect(HandwritingReader.colouredShare(of: blue.kept, in: blue.colourless) == 1)
        // Black print stays.
        let black = Self.regions(dropped: [])
        #expect(HandwritingReader.colouredShare(of: black.kept, in: black.colourless) == 0)
        // A pixel next to remaining ink counts as remaining (deskew may shift the pages by one).
        let half = Self.regions(dropped: [0, 1])
        #expect(HandwritingReader.colouredShare(of: half.kept, in: half.colourless) == 0.25)
        #expect(HandwritingReader.colouredShare(of: half.kept, in: half.colourless) < HandwritingReader.colouredInk)
        // No kept ink, or sizes that differ: nothing to say.
        #expect(HandwritingReader.colouredShare(of: [UInt8](repeating: 255, count: 24), in: blue.colourless) == 0)
        #expect(HandwritingReader.colouredShare(of: [0, 0], in: blue.colourless) == 0)
    }
}
