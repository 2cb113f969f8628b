import CTesseract

/// Applies `Preprocessing` to a page image with leptonica.
struct PagePreprocessor {
    let settings: Preprocessing

    /// The prepared page and what was done to it.
    struct Prepared {
        var image: PageImage
        var dpi: Int
        var rotation: Int
        var deskewAngle: Double?
    }

    /// Prepares `image` (whose true resolution is `dpi`) for recognition.
    func prepare(_ image: PageImage, dpi: Int, engine: TesseractEngine) -> Prepared {
        var current = grey(image)
        var dpi = dpi
        if settings.minimumDPI > 0, dpi > 0, dpi < settings.minimumDPI {
            let factor = min(3.0, Double(settings.minimumDPI) / Double(dpi))
            if let scaled = PageImage.wrap(pixScale(current.pix, Float(factor), Float(factor))) {
                current = scaled
                dpi = Int((Double(dpi) * factor).rounded())
            }
        }
        current.setResolution(dpi)
        var rotation = 0
        if settings.orientation, let found = engine.uprightRotation(of: current, dpi: dpi), found.degrees != 0, found.confidence >= 2.0 {
            if let turned = PageImage.wrap(pixRotateOrth(current.pix, Int32(found.degrees / 90))) {
                current = turned
                current.setResolution(dpi)
                rotation = found.degrees
            }
        }
        var angle: Double?
        if settings.deskew {
            var measured: Float = 0
            var confidence: Float = 0
            if let straight = PageImage.wrap(pixFindSkewAndDeskew(current.pix, 2, &measured, &confidence)) {
                current = straight
                current.setResolution(dpi)
                if confidence > 0, abs(measured) >= 0.05 { angle = Double(measured) }
            }
        }
        return Prepared(image: current, dpi: dpi, rotation: rotation, deskewAngle: angle)
    }

    /// True when the page carries coloured ink (a seal, a signature, a stamp): among the pixels
    /// that are neither paper nor black, more than 3% differ clearly between channels
    /// (`pixColorFraction`). Pages without it keep plain luminance: on heavily compressed JPEGs the
    /// brightest-channel grey thins the strokes, because of the colour fringes around black print.
    static func hasInk(_ pix: UnsafeMutablePointer<PIX>) -> Bool {
        var pixelFraction: Float = 0
        var colorFraction: Float = 0
        guard pixColorFraction(pix, 40, 230, 50, 4, &pixelFraction, &colorFraction) == 0 else { return true }
        return colorFraction * pixelFraction > 0.0015 || colorFraction > 0.03
    }

    /// 8-bit grey (colour dropout or luminance); 1-bit pages stay as they are.
    private func grey(_ image: PageImage) -> PageImage {
        let pix = image.pix
        if pixGetColormap(pix) != nil, let plain = PageImage.wrap(pixRemoveColormap(pix, Int32(REMOVE_CMAP_BASED_ON_SRC))) {
            return grey(plain)
        }
        switch image.depth {
        case 32:
            let converted = settings.colorDropout && Self.hasInk(pix)
                ? pixConvertRGBToGrayMinMax(pix, Int32(L_CHOOSE_MAX))
                : pixConvertRGBToLuminance(pix)
            return PageImage.wrap(converted) ?? image
        case 1, 8:
            return image
        default:
            return PageImage.wrap(pixConvertTo8(pix, 0)) ?? image
        }
    }
}
