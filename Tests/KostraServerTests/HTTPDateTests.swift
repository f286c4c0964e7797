import Foundation
import Testing

@testable import KostraServer

@Suite("HTTP dates")
struct HTTPDateTests {
    @Test("The example in RFC 9110, the epoch and a leap day")
    func knownDates() {
        #expect(HTTPDate.format(Date(timeIntervalSince1970: 784_111_777)) == "Sun, 06 Nov 1994 08:49:37 GMT")
        #expect(HTTPDate.format(Date(timeIntervalSince1970: 0)) == "Thu, 01 Jan 1970 00:00:00 GMT")
        #expect(HTTPDate.format(Date(timeIntervalSince1970: 1_709_164_800.75)) == "Thu, 29 Feb 2024 00:00:00 GMT")
    }

    /// The format style must write the same as the IMF-fixdate pattern, four-digit years and a 00–23 clock included.
    @Test("Writes what DateFormatter's IMF-fixdate pattern writes on 5 000 seeded dates from 1900 to 2200")
    func agreesWithDateFormatter() {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        var seed: UInt64 = 0x00DA_7E5E_ED
        for _ in 0..<5_000 {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let seconds = -2_208_988_800 + Double((seed >> 20) % 9_467_280_000)
            let date = Date(timeIntervalSince1970: seconds)
            #expect(HTTPDate.format(date) == formatter.string(from: date), "\(seconds)")
        }
    }
}
