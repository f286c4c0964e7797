public import Foundation
public import KostraAnalysis
import KostraModel
public import KostraNarrative

/// Prints a growth decomposition side by side (municipality, peers, network) as a terminal
/// table, as CSV for Excel, or as JSON for programs.
///
/// The JSON gives every growth in percent (`4.1` for 4,1 %) under the names `total`,
/// `recipients`, `monthsPerRecipient`, `payoutPerMonth` and `combination`, and each part's
/// `share` of the total change in percent; `share` is `null` when the total did not change.
public struct DecompositionRenderer: Sendable {
    public var comparison: DecompositionComparison
    public var sentences: [CommentarySentence]
    /// Decimals for growth rates and shares.
    public var decimals: Int

    public init(comparison: DecompositionComparison, sentences: [CommentarySentence], decimals: Int = 1) {
        self.comparison = comparison
        self.sentences = sentences
        self.decimals = decimals
    }

    private static let factors: [GrowthComponent] = [.recipients, .monthsPerRecipient, .payoutPerMonth, .combination]

    // MARK: - Text

    /// The terminal table, the input figures, the commentary and the method.
    public func text() -> String {
        let format = NorwegianNumberFormat.standard
        let names = comparison.columns.map(\.name)
        var output = "Vekst i utbetalt økonomisk sosialhjelp \(comparison.baseYear)–\(comparison.comparisonYear)\n\n"

        var growth = TextTable(header: ["Vekst"] + names, alignments: [.left] + names.map { _ in .right })
        for component in GrowthComponent.allCases {
            growth.append(
                [component.norwegianLabel]
                    + comparison.columns.map {
                        format.number($0.decomposition.growth(of: component) * 100, decimals: decimals) + " %"
                    })
        }
        output += growth.text + "\n"

        var shares = TextTable(header: ["Andel av samlet endring"] + names, alignments: [.left] + names.map { _ in .right })
        for component in Self.factors {
            shares.append(
                [component.norwegianLabel]
                    + comparison.columns.map { column in
                        column.decomposition.shares.map { format.number($0.share(of: component) * 100, decimals: decimals) + " %" } ?? "–"
                    })
        }
        output += shares.text + "\n"

        var figures = TextTable(header: ["Grunnlag"] + names, alignments: [.left] + names.map { _ in .right })
        for (year, pick) in [(comparison.baseYear, \GrowthDecomposition.base), (comparison.comparisonYear, \GrowthDecomposition.comparison)] {
            figures.append(["Mottakere \(year)"] + comparison.columns.map { format.number($0.decomposition[keyPath: pick].recipients, decimals: 0) })
            figures.append(
                ["Stønadsmåneder \(year)"] + comparison.columns.map { format.number($0.decomposition[keyPath: pick].benefitMonths, decimals: 0) })
            figures.append(
                ["Utbetalt \(year)"] + comparison.columns.map { format.value($0.decomposition[keyPath: pick].payout, unit: .kroner, decimals: 0) })
        }
        output += figures.text + "\n"

        if !sentences.isEmpty {
            output += "Kommentar\n" + sentences.map { "- " + $0.text }.joined(separator: "\n") + "\n\n"
        }
        output += "Kilder: " + comparison.columns.map { "\($0.name): \($0.source)" }.joined(separator: "; ") + ".\n"
        for note in notes { output += note + "\n" }
        output += "Metode: " + comparison.method + "\n"
        return output
    }

    /// Notes a reader needs: undefined shares, declines, members left out of the network.
    public var notes: [String] {
        var notes = comparison.notes
        for column in comparison.columns {
            for note in column.decomposition.explanation.notes { notes.append("\(column.name): \(note)") }
            if !column.missing.isEmpty {
                notes.append("\(column.name): uten \(column.missing.joined(separator: ", ")), som mangler tall for et av årene.")
            }
        }
        return notes
    }

    // MARK: - CSV

    /// One row per region: the growths and shares in percent, with a decimal comma.
    public func csv() -> String {
        let format = NorwegianNumberFormat.spreadsheet
        var writer = CSVWriter()
        writer.append(
            ["region", "rolle", "fra", "til"] + GrowthComponent.allCases.map { "vekst " + $0.norwegianLabel.lowercased() }
                + Self.factors.map { "andel " + $0.norwegianLabel.lowercased() } + ["kilde"])
        for column in comparison.columns {
            let result = column.decomposition
            writer.append(
                [column.name, column.role.norwegianLabel, String(comparison.baseYear), String(comparison.comparisonYear)]
                    + GrowthComponent.allCases.map { format.number(result.growth(of: $0) * 100, decimals: decimals) }
                    + Self.factors.map { component in result.shares.map { format.number($0.share(of: component) * 100, decimals: decimals) } ?? "" }
                    + [column.source])
        }
        return writer.text
    }

    // MARK: - JSON

    struct JSONDocument: Encodable {
        var from: Int
        var to: Int
        var unit = "percent"
        var method: String
        var columns: [JSONColumn]
        var notes: [String]
        var sentences: [CommentarySentence]
    }

    struct JSONColumn: Encodable {
        var name: String
        var role: String
        var source: String
        var total: Double
        var recipients: Double
        var monthsPerRecipient: Double
        var payoutPerMonth: Double
        var combination: Double
        var share: JSONShares?
        var sharesUnavailableReason: String?
        var figures: [JSONFigures]
        var contributors: [String]
        var missing: [String]

        // Written by hand so `share` and `sharesUnavailableReason` are `null` rather than absent:
        // programs can rely on every key being there.
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(name, forKey: .name)
            try container.encode(role, forKey: .role)
            try container.encode(source, forKey: .source)
            try container.encode(total, forKey: .total)
            try container.encode(recipients, forKey: .recipients)
            try container.encode(monthsPerRecipient, forKey: .monthsPerRecipient)
            try container.encode(payoutPerMonth, forKey: .payoutPerMonth)
            try container.encode(combination, forKey: .combination)
            try container.encode(share, forKey: .share)
            try container.encode(sharesUnavailableReason, forKey: .sharesUnavailableReason)
            try container.encode(figures, forKey: .figures)
            try container.encode(contributors, forKey: .contributors)
            try container.encode(missing, forKey: .missing)
        }

        enum CodingKeys: String, CodingKey {
            case name, role, source, total, recipients, monthsPerRecipient, payoutPerMonth, combination, share
            case sharesUnavailableReason, figures, contributors, missing
        }
    }

    struct JSONShares: Encodable {
        var recipients: Double
        var monthsPerRecipient: Double
        var payoutPerMonth: Double
        var combination: Double
    }

    struct JSONFigures: Encodable {
        var year: Int
        var recipients: Double
        var benefitMonths: Double
        var payout: Double
        var monthsPerRecipient: Double?
        var payoutPerMonth: Double?
    }

    /// The JSON document (sorted keys, pretty-printed).
    public func json() throws -> Data {
        let columns = comparison.columns.map { column -> JSONColumn in
            let result = column.decomposition
            return JSONColumn(
                name: column.name, role: column.role.rawValue, source: column.source,
                total: result.totalGrowth * 100, recipients: result.recipientGrowth * 100,
                monthsPerRecipient: result.monthsPerRecipientGrowth * 100, payoutPerMonth: result.payoutPerMonthGrowth * 100,
                combination: result.combinationEffect * 100,
                share: result.shares.map {
                    JSONShares(
                        recipients: $0.recipients * 100, monthsPerRecipient: $0.monthsPerRecipient * 100,
                        payoutPerMonth: $0.payoutPerMonth * 100, combination: $0.combination * 100)
                },
                sharesUnavailableReason: result.sharesUnavailableReason,
                figures: [result.base, result.comparison].map {
                    JSONFigures(
                        year: $0.year, recipients: $0.recipients, benefitMonths: $0.benefitMonths, payout: $0.payout,
                        monthsPerRecipient: $0.monthsPerRecipient, payoutPerMonth: $0.payoutPerMonth)
                },
                contributors: column.contributors, missing: column.missing)
        }
        let document = JSONDocument(
            from: comparison.baseYear, to: comparison.comparisonYear, method: comparison.method, columns: columns,
            notes: notes, sentences: sentences)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(document)
    }
}

extension DecompositionComparison.Role {
    /// The role as a Norwegian reader sees it in a CSV column.
    var norwegianLabel: String {
        switch self {
        case .municipality: "kommune"
        case .peer: "sammenligning"
        case .network: "nettverk"
        }
    }
}
