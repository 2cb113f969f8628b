/// Which leptonica clean-ups run before recognition. Each one's effect on CER is measured by
/// `Benchmarks/ocr-bench.sh`; the defaults keep what helped.
public struct Preprocessing: Sendable, Hashable {
    /// Grey from the brightest colour channel, so red seals and blue ink fade while black print
    /// stays (`pixConvertRGBToGrayMinMax(L_CHOOSE_MAX)`).
    public var colorDropout: Bool
    /// Detect pages scanned sideways or upside down and turn them upright (tesseract OSD). Run
    /// only when the first reading's mean confidence is below `orientationCheckBelow`: an
    /// upright page reads at 85–95, a turned one far lower, and OSD costs a quarter of a reading.
    public var orientation: Bool
    /// See `orientation`.
    public var orientationCheckBelow: Double = 80
    /// Measure and correct skew (`pixFindSkewAndDeskew`).
    public var deskew: Bool
    /// Scale pages below this resolution up to it (phone photos, 100–200 dpi scans).
    public var minimumDPI: Int
    /// Even out the paper of pages whose background darkens across the page (a shadow at the
    /// binding or the edge, a lamp's fall-off): tesseract's global threshold loses the text in
    /// the dark part (`pixBackgroundNormSimple`, only on pages found uneven).
    public var evenBackground: Bool

    /// Creates a configuration; the defaults are what the benchmark keeps.
    public init(colorDropout: Bool = true, orientation: Bool = true, deskew: Bool = true, minimumDPI: Int = 250, evenBackground: Bool = true) {
        self.colorDropout = colorDropout
        self.orientation = orientation
        self.deskew = deskew
        self.minimumDPI = minimumDPI
        self.evenBackground = evenBackground
    }

    /// Everything off: what the plain `tesseract` command does.
    public static let none = Preprocessing(colorDropout: false, orientation: false, deskew: false, minimumDPI: 0, evenBackground: false)
}
