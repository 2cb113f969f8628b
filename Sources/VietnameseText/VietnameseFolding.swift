import Foundation

/// Canonical forms of Vietnamese text for comparison and search.
///
/// ```swift
/// VietnameseFolding.normalize("NÐ-CP")      // "NĐ-CP" (U+00D0 → U+0110), NFC
/// VietnameseFolding.fold("Nghị định 59")    // "nghi dinh 59"
/// ```
public enum VietnameseFolding {
    /// NFC, `Ð` (U+00D0) and `ð` to `Đ`/`đ`, every dash variant to `-`, soft hyphens and zero-width
    /// characters removed, non-breaking spaces to spaces. Keeps diacritics and case.
    public static func normalize(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.precomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar.value {
            case 0x00D0: scalars.append("Đ")
            case 0x00F0: scalars.append("đ")
            case 0x2010...0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D: scalars.append("-")
            case 0x00AD, 0x200B, 0x200C, 0x200D, 0xFEFF: continue
            case 0x00A0, 0x2007, 0x202F: scalars.append(" ")
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// Lowercase, diacritics removed, `đ`/`Đ`/`Ð` to `d`: what a user typing without marks means.
    public static func fold(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar.value {
            case 0x0300...0x036F: continue  // combining marks: tones, circumflex, breve, horn
            case 0x0110, 0x0111, 0x00D0, 0x00F0: scalars.append("d")
            default:
                for lower in String(scalar).lowercased().unicodeScalars { scalars.append(lower) }
            }
        }
        return String(scalars)
    }
}
