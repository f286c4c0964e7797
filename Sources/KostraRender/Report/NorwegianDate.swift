public import Foundation

/// Dates as Norwegian readers write them: `23. november 2026`.
public enum NorwegianDate {
    private static let months = [
        "januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember",
    ]

    public static func long(_ date: Date, timeZone: TimeZone = TimeZone(identifier: "Europe/Oslo") ?? .current) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.day, .month, .year], from: date)
        guard let day = parts.day, let month = parts.month, let year = parts.year else { return "" }
        return "\(day). \(months[month - 1]) \(year)"
    }
}
