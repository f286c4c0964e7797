import Foundation
import KostraModel
import KostraTesting
import Testing

/// `kostra report Oslo --area all`: the whole KOSTRA analysis over SSB's key figures for Oslo
/// (`shared/data/ssb_kostra_keyfigures_…csv`, loaded as `AreaProfileTests` loads them) and the
/// population by age group from 07459 (`shared/data/ssb07459_population_agegroups_…csv`, 1 January
/// of year + 1 = 31 December of the statistics year, as KOSTRA counts).
@Suite("The whole KOSTRA analysis: opening chapter, a chapter per area, one appendix")
struct AnalysisReportTests {
    static let ageGroups = [
        "pop_0_17": "population-0-17", "pop_18_24": "population-18-24", "pop_18_66": "population-18-66",
        "pop_18_67": "population-18-67", "pop_20_66": "population-20-66", "pop_67_plus": "population-67-plus",
    ]

    let areas = AreaProfileTests()
    var database: String { areas.database }

    /// Oslo's age groups from the derived 07459 file, as the long CSV `kostra import` reads.
    func importAgeGroups() async throws {
        let lines = try SharedFixtures.text("data/ssb07459_population_agegroups_asss_2005_2024.csv").split(whereSeparator: \.isNewline)
        let header = lines[0].split(separator: ",").map(String.init)
        var csv = "region;indicator;year;value;numerator;denominator;status\n"
        for line in lines.dropFirst() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard fields[1] == "0301", let januaryYear = Int(fields[0]), januaryYear >= 2019 else { continue }
            for (column, id) in Self.ageGroups {
                let index = try #require(header.firstIndex(of: column))
                csv += "Oslo;\(id);\(januaryYear - 1);\(fields[index]);;;\n"
            }
        }
        let path = areas.folder.appendingPathComponent("aldersgrupper.csv").path
        try Data(csv.utf8).write(to: URL(fileURLWithPath: path))
        let result = try await KostraCLI.run(["import", path, "--database", database])
        #expect(result.status == 0, "\(result.stderr)")
    }

    /// Runs the whole analysis into a new folder (a second format makes `--out` a folder; the
    /// HTML is written beside the others with `html`), returning the folder.
    func report(_ extra: [String] = [], formats: String = "html,csv") async throws -> (KostraCLI.Result, URL) {
        let out = areas.folder.appendingPathComponent("analyse-\(UUID().uuidString)")
        let result = try await KostraCLI.run(
            ["report", "Oslo", "--area", "all", "--year", "2024", "--format", formats, "--out", out.path, "--database", database] + extra)
        return (result, out)
    }

    @Test("kostra report Oslo --area all writes the opening chapter, every area with figures as a chapter, and says what is missing")
    func wholeAnalysis() async throws {
        _ = try await areas.importFigures()
        try await importAgeGroups()
        let (result, out) = try await report()
        #expect(result.status == 0, "\(result.stderr)")
        let html = try String(contentsOf: out.appendingPathComponent("oslo-2024-kostra-analyse.html"), encoding: .utf8)
        #expect(html.contains("KOSTRA-analyse: Oslo 2024"))
        // Chapters in the workbooks' order, the opening chapter first and the appendix last.
        let chapters = [
            "Befolkning og økonomi", "Økonomi", "Barnehage", "Grunnskole", "Helse og omsorg", "Kultur", "Befolkning", "Vedlegg: kilder og metode",
        ]
        let positions = chapters.map { html.range(of: ">\($0)</h2>")?.lowerBound }
        #expect(!positions.contains(nil), "\(chapters.filter { html.range(of: ">\($0)</h2>") == nil })")
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
        // Social services has no figures in this store (only its base figures): it is named as left out, never filled in.
        #expect(html.contains("«Sosialtjeneste og bolig»: ingen tall for Oslo i 2024"))
        // The opening chapter: SSB's Innbyggere (2020: 697 010, 2024: 724 290) and the growth between.
        let nbsp = "\u{00A0}"
        #expect(html.contains("697\(nbsp)010") && html.contains("724\(nbsp)290"))
        #expect(html.contains("vekst på 3,9\(nbsp)%") || html.contains("vekst på 3,9 %"))
        // 07459's 0–17 on 1 January 2024 is KOSTRA's 2023; 2024 needs 1 January 2025, which the file lacks: «..», not a guess.
        #expect(html.contains("131\(nbsp)972"))
        // The HTML keeps an age range together with a non-breaking hyphen.
        #expect(
            html.contains("Endringen er fra radens første til siste år med tall: 2020–2024 for Innbyggere; 2020–2023 for Innbyggere 0\u{2011}17 år"))
        // Economy against the country: Oslo's and Landet's free income 2024 as SSB publishes them.
        #expect(html.contains("81\(nbsp)240") && html.contains("72\(nbsp)066"))
        #expect(html.contains("KOSTRA-gruppe: ikke valgt"))
        // Every area chapter has its profile chart and key-figure table under ids of its own (a table's id names its CSV file).
        let tables = out.appendingPathComponent("oslo-2024-kostra-analyse-tabeller")
        for area in ["okonomi", "barnehage", "grunnskole", "helse", "kultur", "befolkning"] {
            #expect(html.contains("id=\"\(area)-profil-figur\""), "\(area)")
            #expect(FileManager.default.fileExists(atPath: tables.appendingPathComponent("\(area)-nokkeltall.csv").path), "\(area)")
        }
        #expect(FileManager.default.fileExists(atPath: tables.appendingPathComponent("befolkning-aldersgrupper.csv").path))
        // SSB's labels carry their unit once in a table header.
        #expect(!html.contains("(kr) (kr)") && !html.contains("(%) (%)"))
    }

    @Test("A KOSTRA group without stored figures is said to have none; --group needs --area all")
    func groupWithoutFigures() async throws {
        _ = try await areas.importFigures()
        let (result, out) = try await report(["--group", "13"])
        #expect(result.status == 0, "\(result.stderr)")
        let html = try String(contentsOf: out.appendingPathComponent("oslo-2024-kostra-analyse.html"), encoding: .utf8)
        #expect(html.contains("KOSTRA-gruppe 13: ingen sammenligningstall for 2024"))
        #expect(!html.contains("KOSTRA-gruppe: ikke valgt"))
        // No age groups stored: the chapter names them as missing.
        #expect(html.contains("Mangler i databasen for Oslo: Innbyggere 0\u{2011}17 år"))
        let wrong = try await KostraCLI.run(["report", "Oslo", "--group", "13", "--database", database])
        #expect(wrong.status != 0)
        #expect(wrong.stderr.contains("--group applies to the whole analysis (--area all)"))
    }

    @Test("The whole analysis as PDF, Word and Excel: every format written, the PDF's pages carry the chapters")
    func allFormats() async throws {
        guard ExternalTool.path("chromium") != nil || ProcessInfo.processInfo.environment["KOSTRA_CHROMIUM"] != nil else { return }
        _ = try await areas.importFigures()
        try await importAgeGroups()
        let (result, out) = try await report(formats: "html,pdf,docx,xlsx")
        #expect(result.status == 0, "\(result.stderr)")
        for ext in ["html", "pdf", "docx", "xlsx"] {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("oslo-2024-kostra-analyse.\(ext)").path), "\(ext)")
        }
        let text = try await ExternalTool.run("pdftotext", [out.appendingPathComponent("oslo-2024-kostra-analyse.pdf").path, "-"])
        for chapter in ["Befolkning og økonomi", "Barnehage", "Helse og omsorg", "Vedlegg: kilder og metode"] {
            #expect(text.stdout.contains(chapter), "\(chapter)")
        }
    }
}
