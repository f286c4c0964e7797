import Foundation

/// Reads an HTTP `Retry-After` header: either delay-seconds (`120`) or an HTTP-date
/// (`Wed, 21 Oct 2026 07:28:00 GMT`), per RFC 9110 §10.2.3.
enum RetryAfter {
    /// The wait the header asks for, measured from `now`; `nil` when absent or unreadable.
    static func parse(_ value: String?, now: Date) -> Duration? {
        guard let value = value?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
        if let seconds = Int(value) {
            return .seconds(max(seconds, 0))
        }
        guard let date = httpDate(value) else { return nil }
        let interval = date.timeIntervalSince(now)
        return .milliseconds(Int64((max(interval, 0) * 1_000).rounded()))
    }

    /// Parses the IMF-fixdate form that servers send today.
    static func httpDate(_ value: String) -> Date? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        return formatter.date(from: value)
    }
}
