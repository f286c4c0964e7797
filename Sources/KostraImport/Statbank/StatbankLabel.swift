/// How Statbank writes labels in CSV exports, and how to take them apart.
///
/// A heading cell combines the contents label and the period (`Personer 2024`,
/// `2024 Personer`, or just `2024`); a stub cell may carry the code before the
/// text (`3201 Bærum`, `EKG12 Kostragruppe 12`) when "code and text" was chosen.
enum StatbankLabel {
    /// Words Statbank (and its English version) uses as the header of a period column.
    static let timeHeaders: Set<String> = [
        "ar", "aar", "tid", "year", "time", "kvartal", "quarter", "maned", "month", "periode", "period", "uke", "week",
    ]
    /// Words used as the header of a region column. Any header holding `region` is one too:
    /// SSB's ids for it (`KOKkommuneregion0000`, `KOKfylkesregion0000`, `Region`) when Statbank
    /// writes variable codes as headers.
    static let geoHeaders = ["region", "kommune", "fylke", "bydel", "municipality", "county"]
    /// Words used as the header of the contents column.
    static let metricHeaders: Set<String> = [
        "statistikkvariabel", "statistikkvariabler", "contents", "contentscode", "statisticalvariable",
    ]

    /// Whether `word` is a period as Statbank writes it: `2024`, `2025K4`, `2024M01`, `2024H1`, `2024U05`.
    static func isPeriod(_ word: Substring) -> Bool {
        let characters = Array(word)
        guard characters.count >= 4, characters.prefix(4).allSatisfy(\.isASCIINumber),
            let century = Int(String(characters.prefix(2))), (18...21).contains(century)
        else { return false }
        let rest = characters.dropFirst(4)
        if rest.isEmpty { return true }
        guard let kind = rest.first, "KMHU".contains(kind) else { return false }
        let digits = rest.dropFirst()
        return (1...2).contains(digits.count) && digits.allSatisfy(\.isASCIINumber)
    }

    /// Splits a heading cell into its period and the rest (the contents label), if it has a
    /// period as its first or last word.
    static func splitPeriod(_ label: String) -> (period: String, rest: String)? {
        let words = label.split(separator: " ")
        if let last = words.last, isPeriod(last) {
            return (String(last), words.dropLast().joined(separator: " "))
        }
        if let first = words.first, isPeriod(first) {
            return (String(first), words.dropFirst().joined(separator: " "))
        }
        return nil
    }

    /// The table number at the start of a title or heading, as in `07459: Befolkning, …`.
    static func tableNumber(in text: String) -> (number: String, rest: String)? {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let number = text[..<colon]
        guard (4...6).contains(number.count), number.allSatisfy(\.isASCIINumber) else { return nil }
        return (String(number), String(text[text.index(after: colon)...]).trimmed)
    }

    /// Splits `3201 Bærum` into code and text when every label of a column has that shape.
    ///
    /// Region columns split whenever the first word holds a digit (codes vary in
    /// length: `0301`, `EKG12`). Other columns split only when every first word is
    /// a code of one length of at least three characters, so that `18 år` stays whole.
    static func codesAndTexts(_ labels: [String], isGeo: Bool) -> [(code: String, text: String)]? {
        var parts: [(String, String)] = []
        parts.reserveCapacity(labels.count)
        for label in labels {
            guard let space = label.firstIndex(of: " ") else { return nil }
            let code = label[..<space]
            let text = String(label[label.index(after: space)...]).trimmed
            guard !text.isEmpty, code.contains(where: \.isASCIINumber),
                code.allSatisfy({ $0.isASCIINumber || $0.isASCIILetter || $0 == "-" || $0 == "." })
            else { return nil }
            parts.append((String(code), text))
        }
        if !isGeo {
            let lengths = Set(parts.map(\.0.count))
            guard lengths.count == 1, let length = lengths.first, length >= 3 else { return nil }
        }
        guard Set(parts.map(\.0)).count == parts.count else { return nil }
        return parts
    }
}

extension Character {
    var isASCIINumber: Bool { isASCII && isNumber }
    var isASCIILetter: Bool { isASCII && isLetter }
}
