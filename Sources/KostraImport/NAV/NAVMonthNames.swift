/// Month names as NAV writes them in its workbooks (`Januar` … `Desember`), also in English
/// and as numbers (`4`, `04`), for CSV files.
enum NAVMonthNames {
    static let norwegian = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"]
    static let english = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]

    /// The month 1–12 a text names, or `nil`.
    static func month(_ text: String) -> Int? {
        let key = text.trimmed.lowercased()
        if let index = norwegian.firstIndex(of: key) ?? english.firstIndex(of: key) { return index + 1 }
        if let number = Int(key), (1...12).contains(number), key.count <= 2 { return number }
        return nil
    }
}
