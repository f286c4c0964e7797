import Foundation
import KostraAnalysis
import KostraKit
import KostraModel
import KostraNarrative
import KostraTesting
import Testing

/// The commentary rules over every KOSTRA area, on SSB's key figures for Oslo 2022–2024: each
/// rule's thresholds come from `narrative-rules.json` and each indicator's polarity (with its
/// reason) from the catalogue, so no area needs code of its own. Every number a sentence states
/// must trace to the figures: an own figure is the stored figure, printed the Norwegian way.
@Suite("Commentary for every area traces to its figures")
struct AreaCommentaryTests {
    let areas = AreaProfileTests()

    @Test("Every area's profile gets commentary; every own figure in it is the stored figure; every number in the text is one of its inputs")
    func everyAreaTraces() async throws {
        _ = try await areas.importFigures()
        let workspace = try await Workspace.open(database: areas.database)
        let text = FigureText()
        for (_, area) in AreaProfileTests.areas {
            let profile = try await workspace.comparisons.profile(of: "Oslo", year: 2024, network: "asss", profileID: area)
            let sentences = try await workspace.reports.commentary(on: profile)
            let rows = Dictionary(uniqueKeysWithValues: profile.rows.map { ($0.indicator.id, $0) })
            // Each indicator with Oslo's figures for 2023 and 2024 is commented on.
            for row in profile.rows where row.values[2023] != nil && row.values[2024] != nil {
                #expect(sentences.contains { $0.indicator == row.indicator.id }, "\(area) \(row.indicator.id) has commentary")
            }
            for sentence in sentences {
                guard let id = sentence.indicator, let row = rows[id] else { continue }
                for input in sentence.inputs where input.label == "Oslo \(input.year)" {
                    let stored = try #require(row.values[input.year], "\(area) \(id) \(input.year): a stated figure is a stored one")
                    #expect(input.value == stored, "\(area) \(id) \(input.year)")
                    #expect(input.display == text.value(stored, of: row.indicator), "\(input.display)")
                }
                // Every figure in the sentence's own words (not in the quoted label) is an input's display.
                let words = sentence.text.replacingOccurrences(of: "«\(row.indicator.displayShortLabel)»", with: "")
                for number in Self.numbers(in: words) where !(2000...2100).contains(Int(number) ?? 0) {
                    #expect(sentence.inputs.contains { $0.display.contains(number) }, "\(area) \(id): '\(number)' in «\(sentence.text)»")
                }
                // Neutral indicators are never called better or worse.
                if row.indicator.polarity == .neutral {
                    #expect(!sentence.text.contains("bedre") && !sentence.text.contains("svakere"), "\(sentence.text)")
                }
            }
        }
    }

    /// The numbers in a text as printed (`81 240`, `3,9`), thousands separators kept.
    static func numbers(in text: String) -> [String] {
        var result: [String] = []
        var current = ""
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            let next = index + 1 < characters.count ? characters[index + 1] : " "
            if character.isNumber {
                current.append(character)
            } else if !current.isEmpty, character == "," || character == "\u{00A0}" || character == "\u{202F}", next.isNumber {
                current.append(character)
            } else if !current.isEmpty {
                result.append(current)
                current = ""
            }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }
}
