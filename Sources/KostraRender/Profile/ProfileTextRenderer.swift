public import KostraAnalysis
import KostraModel

/// The profile as a terminal table, grouped by category.
public struct ProfileTextRenderer: Sendable {
    public init() {}

    public func render(_ profile: ServiceProfile) -> String {
        let format = ProfileFormatter()
        let network = profile.network.name
        let year = profile.year
        var table = TextTable(
            header: ["Indikator"] + profile.years.map(String.init)
                + ["Snitt \(network)", "Høyest", "Lavest", "Indeks", "Plass", "Endring", "Snitt"],
            alignments: [.left] + profile.years.map { _ in .right } + [.right, .right, .right, .right, .right, .left, .left])
        for category in categories(of: profile) {
            table.appendHeading(category)
            for row in profile.rows(in: category) {
                let indicator = row.indicator
                var cells = [indicator.displayShortLabel + (indicator.isStarred ? " *" : "")]
                cells += profile.years.map { format.value(row.values[$0], of: indicator, status: row.statuses[$0]) }
                cells += [
                    format.value(row.average?.value, of: indicator), format.value(row.highest?.value, of: indicator),
                    format.value(row.lowest?.value, of: indicator), format.index(row.index), format.rank(row.rank),
                    [format.arrow(row.change), format.judgement(row.change)].filter { !$0.isEmpty }.joined(separator: " "),
                    format.averageNote(row.average),
                ]
                table.append(cells)
            }
        }
        let title = "\(profile.definition.title): \(profile.municipality.name) \(year), \(profile.network.averageLabel) = 100"
        let footer = """
            * uvektet snitt av kommunene med tall; ellers vektet snitt (sum av tellere delt på sum av nevnere).
            Indeks = \(profile.municipality.name) / snitt × 100. Endring: mot \(year - 1), vurdert etter indikatorens retning der den har en.
            Kilder: \(profile.sources.map(\.title).joined(separator: "; "))
            """
        let notes =
            (profile.coverageNotes + profile.rankNotes).map { "Merk: " + $0 + "\n" }.joined()
            + (profile.rows.contains { $0.rank != nil } ? profile.rankExplanation + "\n" : "")
        return title + "\n\n" + table.text + "\n" + notes + footer + "\n"
    }

    private func categories(of profile: ServiceProfile) -> [String] {
        var seen: [String] = []
        for row in profile.rows where !seen.contains(row.indicator.category) { seen.append(row.indicator.category) }
        return seen
    }
}
