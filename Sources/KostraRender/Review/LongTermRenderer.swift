public import Foundation
public import KostraAnalysis
import KostraModel
public import KostraNarrative

/// Prints long-term recipients by year: counts and shares per region, the commentary and the method.
public struct LongTermRenderer: Sendable {
    public var result: LongTermRecipients
    public var sentences: [CommentarySentence]

    public init(_ result: LongTermRecipients, sentences: [CommentarySentence]) {
        self.result = result
        self.sentences = sentences
    }

    private var years: [Int] { Array(result.from...result.to) }

    /// The terminal tables (count, then share), the commentary and the method.
    public func text() -> String {
        let format = NorwegianNumberFormat.standard
        var output = "Langtidsmottakere (sosialhjelp som hovedinntekt i 10 måneder eller mer), \(result.from)–\(result.to)\n\n"
        var counts = TextTable(header: ["Antall"] + years.map(String.init), alignments: [.left] + years.map { _ in .right })
        var shares = TextTable(header: ["Andel av mottakerne"] + years.map(String.init), alignments: [.left] + years.map { _ in .right })
        for series in result.series {
            counts.append([series.name] + series.points.map { $0.count.map { format.number($0, decimals: 0) } ?? ".." })
            shares.append([series.name] + series.points.map { $0.share.map { format.number($0, decimals: 1) + " %" } ?? ".." })
        }
        for series in result.series where !series.coverage.isEmpty {
            counts.append(
                ["  \(series.name): medlemmer med tall"]
                    + years.map { year in
                        series.coverage[year].map { "\($0.contributors)/\($0.members)" } ?? ""
                    })
        }
        output += counts.text + "\n" + shares.text + "\n"
        if !sentences.isEmpty {
            output += "Kommentar\n" + sentences.map { "- " + $0.text }.joined(separator: "\n") + "\n\n"
        }
        for series in result.series {
            if let note = series.note { output += "\(series.name): \(note).\n" }
        }
        output += "Metode: " + result.method + "\n"
        return output
    }

    /// One row per region and year.
    public func csv() -> String {
        let format = NorwegianNumberFormat.spreadsheet
        var writer = CSVWriter()
        writer.append(["region", "rolle", "år", "langtidsmottakere", "mottakere", "andel", "andel kilde"])
        for series in result.series {
            for point in series.points {
                writer.append([
                    series.name, series.role.rawValue, String(point.year),
                    point.count.map { format.number($0, decimals: 0) } ?? "",
                    point.recipients.map { format.number($0, decimals: 0) } ?? "",
                    point.share.map { format.number($0, decimals: 1) } ?? "", point.shareSource ?? "",
                ])
            }
        }
        return writer.text
    }

    struct JSONDocument: Encodable {
        struct Point: Encodable {
            var year: Int
            var count: Double?
            var recipients: Double?
            var share: Double?
            var shareSource: String?
        }
        struct Trend: Encodable {
            var firstYear: Int
            var lastYear: Int
            var first: Double
            var last: Double
            var change: Double
            var direction: String
        }
        struct Series: Encodable {
            var name: String
            var role: String
            var points: [Point]
            var countTrend: Trend?
            var shareTrend: Trend?
            var note: String?
        }
        var from: Int
        var to: Int
        var series: [Series]
        var sentences: [CommentarySentence]
        var method: String
    }

    /// The JSON document; shares in percent, trends with their direction.
    public func json() throws -> Data {
        func trend(_ trend: LongTermRecipients.Trend?) -> JSONDocument.Trend? {
            trend.map {
                .init(
                    firstYear: $0.firstYear, lastYear: $0.lastYear, first: $0.first, last: $0.last, change: $0.change,
                    direction: $0.direction.rawValue)
            }
        }
        let document = JSONDocument(
            from: result.from, to: result.to,
            series: result.series.map { series in
                .init(
                    name: series.name, role: series.role.rawValue,
                    points: series.points.map {
                        .init(year: $0.year, count: $0.count, recipients: $0.recipients, share: $0.share, shareSource: $0.shareSource)
                    },
                    countTrend: trend(series.countTrend), shareTrend: trend(series.shareTrend), note: series.note)
            },
            sentences: sentences, method: result.method)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(document)
    }
}
