import Foundation
import KostraModel
import KostraRender
import KostraTesting
import Testing

/// The six KOSTRA areas beside social services against SSB's own key figures for 2020–2025
/// (`shared/data/ssb_kostra_keyfigures_lorenskog_report_oslo_lillestrom_2020_2025.csv`).
///
/// The product never reads that transcription's layout: this test maps its SSB labels to catalogue
/// ids and writes the figures as KostraKit's long CSV, which `kostra import` stores. Landet's column
/// becomes the region `norge`, the country's published figure that `--national` compares with.
@Suite("Profiles for every KOSTRA area against SSB's key figures")
struct AreaProfileTests {
    static let file = "data/ssb_kostra_keyfigures_lorenskog_report_oslo_lillestrom_2020_2025.csv"
    /// The file's sheets (SSB's "Nøkkeltall" per area) and the catalogue's profile for each.
    static let areas: [(sheet: String, profile: String)] = [
        ("Økonomi", "okonomi"), ("Barnehage", "barnehage"), ("Grunnskole", "grunnskole"),
        ("Helse og omsorg", "helse"), ("Kultur", "kultur"), ("Befolkning", "befolkning"),
    ]
    /// The file's columns that are regions the catalogue knows; Lørenskog, Enebakk, Rælingen and
    /// KOSTRA group 8 are not in regions.json and stay out.
    static let regions = ["Oslo", "Lillestrøm", "Landet", "Landet u/Oslo"]

    struct Figure {
        var sheet: String
        var label: String
        var year: Int
        var region: String
        var value: Double
    }

    let folder = try! KostraCLI.temporaryFolder()
    var database: String { folder.appendingPathComponent("k.sqlite").path }
    let catalog = try! Definitions.bundled().catalog

    /// The file's figures with a value (an empty cell is a figure the source lacks, never zero).
    static func figures() throws -> [Figure] {
        let lines = try SharedFixtures.text(file).split(whereSeparator: \.isNewline).map(String.init)
        #expect(lines.first == "sheet,indicator,year,region,value")
        return try lines.dropFirst().compactMap { line in
            let fields = Self.fields(line)
            try #require(fields.count == 5, "\(line)")
            guard !fields[4].isEmpty else { return nil }
            return Figure(
                sheet: fields[0], label: fields[1], year: try #require(Int(fields[2])), region: fields[3],
                value: try #require(Double(fields[4])))
        }
    }

    /// One CSV line's fields; labels with a comma are quoted (`"Forventet levealder ved fødsel, menn (år)"`).
    static func fields(_ line: String) -> [String] {
        var fields: [String] = []
        var field = ""
        var quoted = false
        for character in line {
            switch character {
            case "\"": quoted.toggle()
            case "," where !quoted:
                fields.append(field)
                field = ""
            default: field.append(character)
            }
        }
        return fields + [field]
    }

    /// SSB's label → catalogue id: every area indicator carries SSB's label exactly; the population
    /// count is the catalogue's `population-total`, matched by label ("Innbyggere").
    func indicatorID(_ label: String) throws -> IndicatorID {
        if let exact = catalog.indicators.first(where: { $0.label == label }) { return exact.id }
        let matched = try #require(catalog.indicator(matchingLabel: label), "'\(label)' has a catalogue indicator")
        #expect(matched.id == "population-total", "only the population count is matched loosely: \(label)")
        return matched.id
    }

    func importFigures() async throws -> [Figure] {
        let sheets = Set(Self.areas.map(\.sheet))
        let figures = try Self.figures().filter { sheets.contains($0.sheet) && Self.regions.contains($0.region) }
        var csv = "region;indicator;year;value;numerator;denominator;status\n"
        for figure in figures {
            csv += "\(figure.region);\(try indicatorID(figure.label));\(figure.year);\(figure.value);;;\n"
        }
        let path = folder.appendingPathComponent("nokkeltall.csv").path
        try Data(csv.utf8).write(to: URL(fileURLWithPath: path))
        let result = try await KostraCLI.run(["import", path, "--database", database])
        #expect(result.status == 0, "\(result.stderr)")
        return figures
    }

    func profile(_ area: String, _ comparison: [String]) async throws -> ProfileJSON {
        let result = try await KostraCLI.run(
            ["profile", "Oslo", "--area", area, "--year", "2024", "--format", "json", "--database", database] + comparison)
        #expect(result.status == 0, "\(result.stderr)")
        return try JSONDecoder().decode(ProfileJSON.self, from: Data(result.stdout.utf8))
    }

    @Test("Each area's profile is the file's sheet: every SSB label, in SSB's order, and nothing else")
    func profilesAreTheSheets() throws {
        let figures = try Self.figures()
        for (sheet, id) in Self.areas {
            let profile = try #require(catalog.profile(id: id))
            var labels: [String] = []
            for figure in figures where figure.sheet == sheet && !labels.contains(figure.label) { labels.append(figure.label) }
            #expect(profile.indicators == (try labels.map(indicatorID)), "\(sheet)")
            for indicator in profile.indicators.compactMap(catalog.indicator(id:)) where indicator.id != "population-total" {
                // SSB's ready ratios are averaged unweighted (*); net migration is a count and sums.
                #expect(indicator.averaging == (indicator.id == "net-migration" ? .sum : .unweighted), "\(indicator.id)")
                #expect(indicator.polarity == .neutral || indicator.polarityReason?.isEmpty == false, "\(indicator.id) says why")
            }
        }
    }

    @Test("kostra profile Oslo --area AREA --year 2024 --network asss shows Oslo's figures exactly as SSB's file")
    func osloAgainstNetwork() async throws {
        let figures = try await importFigures()
        for (sheet, area) in Self.areas {
            let json = try await profile(area, ["--network", "asss"])
            let definition = try #require(catalog.profile(id: area))
            #expect(json.rows.map(\.id) == definition.indicators, "\(area)")
            for row in json.rows {
                for year in 2022...2024 {
                    let expected = figures.first {
                        $0.sheet == sheet && $0.region == "Oslo" && $0.year == year && (try? indicatorID($0.label)) == row.id
                    }
                    #expect(row.values[String(year)] == expected?.value, "\(area) \(row.id) \(year)")
                }
            }
        }
    }

    @Test("--national compares with the file's Landet column, SSB's published national figure")
    func osloAgainstCountry() async throws {
        let figures = try await importFigures()
        for (sheet, area) in Self.areas {
            let json = try await profile(area, ["--national"])
            for row in json.rows {
                let landet = figures.first { $0.sheet == sheet && $0.region == "Landet" && $0.year == 2024 && (try? indicatorID($0.label)) == row.id }
                #expect(row.average == landet?.value, "\(area) \(row.id)")
                if landet != nil { #expect(row.averageSource == "published", "\(area) \(row.id)") }
                if let oslo = row.values["2024"], let landet = landet?.value, landet != 0, let index = row.index {
                    #expect(abs(index - oslo / landet * 100) < 1e-9, "\(area) \(row.id)")
                }
            }
        }
    }

    @Test("The table for people prints an area's figures the Norwegian way, and an unknown area names the known ones")
    func tableAndUnknownArea() async throws {
        _ = try await importFigures()
        let table = try await KostraCLI.run(["profile", "Oslo", "--area", "barnehage", "--year", "2024", "--national", "--database", database])
        #expect(table.status == 0, "\(table.stderr)")
        #expect(table.stdout.contains("Netto driftsutgifter barnehage per innb. 1-5 år (kr)"))
        // The terminal table's own thousands separator, whichever space it is; the decimal is a comma.
        let plain = table.stdout.replacingOccurrences(of: "\u{00A0}", with: " ").replacingOccurrences(of: "\u{202F}", with: " ")
        #expect(plain.contains("kr 247 035") && plain.contains("kr 225 398"), "\(table.stdout)")
        #expect(plain.contains("kr 113,6") && plain.contains("38,7 %"))
        let unknown = try await KostraCLI.run(["profile", "Oslo", "--area", "skole", "--database", database])
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("grunnskole") && unknown.stderr.contains("barnehage"), "\(unknown.stderr)")
    }

    @Test("kostra report Oslo --area barnehage writes the area's chapter with Oslo's figures; social services keep their file name")
    func areaReport() async throws {
        _ = try await importFigures()
        let path = folder.appendingPathComponent("barnehage.html").path
        let result = try await KostraCLI.run(
            [
                "report", "Oslo", "--area", "barnehage", "--year", "2024", "--network", "asss", "--format", "html", "--out", path, "--database",
                database,
            ])
        #expect(result.status == 0, "\(result.stderr)")
        let html = try String(contentsOfFile: path, encoding: .utf8)
        #expect(html.contains("Barnehage: Oslo 2024"))
        #expect(html.contains("Andel barnehagelærere av grunnbemanning (%)"))
        #expect(html.contains("247\u{00A0}035") || html.contains("247&nbsp;035") || html.contains("247&#160;035"))
        // Only Oslo and Lillestrøm of ASSS's twelve have figures: neither is called the network's highest or lowest.
        #expect(!html.contains("høyest i ASSS-nettverket") && !html.contains("lavest i ASSS-nettverket"))
        // Another area's indicators stay out of this chapter.
        #expect(!html.contains("Frie inntekter per innbygger"))
        let network = try await KostraCLI.run(["report", "--area", "barnehage", "--year", "2024", "--database", database])
        #expect(network.status != 0)
        #expect(network.stderr.contains("--area applies to one municipality's report"))
    }
}
