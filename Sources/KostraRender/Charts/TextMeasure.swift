/// Estimates how wide a text is when drawn, so labels can be wrapped and
/// placed without a font engine.
///
/// The advance widths are DejaVu Sans's (in thousandths of an em), the first
/// and widest font in the charts' font stack: text that fits in DejaVu Sans
/// also fits in Liberation Sans or Arial, which are narrower.
enum TextMeasure {
    /// The width in px of `text` at `fontSize` px.
    static func width(_ text: String, fontSize: Double, bold: Bool = false) -> Double {
        width(units: units(text, bold: bold), fontSize: fontSize)
    }

    /// The text's advance in thousandths of an em: a whole number, so the units of two texts add
    /// up exactly to those of the two joined.
    static func units(_ text: String, bold: Bool = false) -> Int {
        // The table is chosen once per text, not once per character: a chart measures every label
        // it places, and fetching the table for each character was most of that.
        let table = bold ? boldWidths : regularWidths
        var total = 0
        for scalar in text.unicodeScalars {
            total += advance(of: scalar, bold: bold, table: table)
        }
        return total
    }

    /// The width in px of `units` thousandths of an em at `fontSize`.
    static func width(units: Int, fontSize: Double) -> Double {
        Double(units) * fontSize / 1000
    }

    /// The advance width of one character in thousandths of an em.
    static func advance(of scalar: Unicode.Scalar, bold: Bool) -> Int {
        advance(of: scalar, bold: bold, table: bold ? boldWidths : regularWidths)
    }

    private static func advance(of scalar: Unicode.Scalar, bold: Bool, table: [Int]) -> Int {
        let value = Int(scalar.value)
        switch value {
        case 32...126: return table[value - 32]
        case 160...255: return table[value - 160 + 95]
        case 0x2013: return 500  // en dash
        case 0x2014, 0x2026: return 1000  // em dash, ellipsis
        case 0x2212: return 837  // minus sign
        case 0x2009, 0x202F: return 199  // thin spaces
        case 0x0300...0x036F: return 0  // combining marks add no width
        default: return bold ? 780 : 700  // unknown: assume a wide letter
        }
    }

    /// DejaVu Sans Book, U+0020–U+007E then U+00A0–U+00FF.
    private static let regularWidths: [Int] = [
        317, 400, 459, 837, 636, 950, 779, 274, 390, 390, 500, 837, 317, 360, 317, 336,
        636, 636, 636, 636, 636, 636, 636, 636, 636, 636, 336, 336, 837, 837, 837, 530,
        1000, 684, 686, 698, 770, 631, 575, 774, 751, 294, 294, 655, 557, 862, 748, 787,
        603, 787, 694, 634, 610, 731, 684, 988, 685, 610, 685, 390, 336, 390, 837, 500,
        500, 612, 634, 549, 634, 615, 352, 634, 633, 277, 277, 579, 277, 974, 633, 611,
        634, 634, 411, 520, 392, 633, 591, 817, 591, 591, 524, 636, 336, 636, 837, 317,
        400, 636, 636, 636, 636, 336, 500, 500, 1000, 471, 611, 837, 360, 1000, 500, 500,
        837, 400, 400, 500, 636, 636, 317, 500, 400, 471, 611, 969, 969, 969, 530, 684,
        684, 684, 684, 684, 684, 974, 698, 631, 631, 631, 631, 294, 294, 294, 294, 774,
        748, 787, 787, 787, 787, 787, 837, 787, 731, 731, 731, 731, 610, 604, 629, 612,
        612, 612, 612, 612, 612, 981, 549, 615, 615, 615, 615, 277, 277, 277, 277, 611,
        633, 611, 611, 611, 611, 611, 837, 611, 633, 633, 633, 633, 591, 634, 591,
    ]

    /// DejaVu Sans Bold, U+0020–U+007E then U+00A0–U+00FF.
    private static let boldWidths: [Int] = [
        348, 456, 520, 837, 695, 1001, 872, 306, 457, 457, 522, 837, 379, 415, 379, 365,
        695, 695, 695, 695, 695, 695, 695, 695, 695, 695, 399, 399, 837, 837, 837, 580,
        1000, 773, 762, 733, 830, 683, 683, 820, 836, 372, 372, 774, 637, 995, 836, 850,
        732, 850, 770, 720, 682, 812, 773, 1103, 770, 724, 725, 457, 365, 457, 837, 500,
        500, 674, 715, 592, 715, 678, 435, 715, 711, 342, 342, 665, 342, 1041, 711, 687,
        715, 715, 493, 595, 478, 711, 651, 923, 645, 651, 582, 711, 365, 711, 837, 348,
        456, 695, 695, 636, 695, 365, 500, 500, 1000, 563, 645, 837, 415, 1000, 500, 500,
        837, 437, 437, 500, 735, 636, 379, 500, 437, 563, 645, 1035, 1035, 1035, 580, 773,
        773, 773, 773, 773, 773, 1084, 733, 683, 683, 683, 683, 372, 372, 372, 372, 837,
        836, 850, 850, 850, 850, 850, 837, 850, 812, 812, 812, 812, 724, 737, 719, 674,
        674, 674, 674, 674, 674, 1047, 592, 678, 678, 678, 678, 342, 342, 342, 342, 687,
        711, 687, 687, 687, 687, 687, 837, 687, 711, 711, 711, 711, 651, 715, 651,
    ]
}
