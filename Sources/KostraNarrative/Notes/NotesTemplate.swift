public import KostraAnalysis
import KostraModel

/// Writes the Markdown file an analyst fills in: one section per profile indicator, each with
/// the figures it is written against recorded in a comment, so later reports can tell when
/// those figures changed.
public struct NotesTemplate: Sendable {
    public init() {}

    public func markdown(for profile: ServiceProfile) -> String {
        let format = NorwegianNumberFormat.standard
        let text = FigureText(format: format)
        var lines = [
            "# Notater: \(profile.municipality.name) \(profile.year), \(profile.definition.service)",
            "",
            "<!-- kostra-notes municipality=\(profile.municipality.id) year=\(profile.year) network=\(profile.network.id) -->",
            "",
            "Skriv egne vurderinger under overskriftene (Markdown). Tomme avsnitt tas ikke med i rapporten.",
            "Kommentaren under hver overskrift viser tallene avsnittet ble skrevet mot; rapporten varsler når de endrer seg.",
            "",
            "## Oppsummering",
            "",
        ]
        for row in profile.rows {
            var fields = ["indicator=\(row.indicator.id)"]
            for year in profile.years.sorted() {
                if let value = row.values[year] { fields.append("value@\(year)=\(Self.plain(value))") }
            }
            if let average = row.average { fields.append("average@\(profile.year)=\(Self.plain(average.value))") }
            let shown = row.values[profile.year].map { text.value($0, of: row.indicator) } ?? "mangler"
            lines += [
                "## \(row.indicator.label)",
                "<!-- kostra-figures \(fields.joined(separator: " ")) -->",
                "<!-- \(profile.municipality.name) \(profile.year): \(shown) -->",
                "",
            ]
        }
        return lines.joined(separator: "\n")
    }

    /// Numbers in the comment use a decimal point and full precision: they are for the program.
    private static func plain(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
