import Foundation
import KostraKit
import KostraModel
import KostraRender
import KostraTesting
import Testing

/// `kostra revisions` and the report's "Endret siden forrige uttrekk": a preliminary file, then a
/// final one with three changed figures and one unchanged, on SQLite and PostgreSQL.
@Suite("Revisions")
struct RevisionCommandTests {
    let folder = try! KostraCLI.temporaryFolder()

    enum Engine: String, CaseIterable, CustomTestStringConvertible {
        case sqlite, postgres
        var testDescription: String { rawValue }

        func database(in folder: URL) async throws -> String {
            switch self {
            case .sqlite: folder.appendingPathComponent("r.sqlite").path
            case .postgres: try await TestPostgres.newDatabase()
            }
        }
    }

    /// Hand-made figures of four ASSS members that the bundled data does not hold.
    static let header = "region;indicator;year;value;numerator;denominator;status\n"
    static let preliminary =
        header + """
            Sandnes;long-term-share;2024;18,5;;;
            Tromsø;long-term-share;2024;21,2;;;
            Trondheim;long-term-share;2024;24,0;;;
            Bergen;long-term-share;2024;25,1;;;

            """
    static let final =
        header + """
            Sandnes;long-term-share;2024;17,9;;;
            Tromsø;long-term-share;2024;21,2;;;
            Trondheim;long-term-share;2024;24,6;;;
            Bergen;long-term-share;2024;;;;:

            """

    func write(_ text: String, _ name: String) throws -> String {
        let path = folder.appendingPathComponent(name).path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test(
        "kostra revisions lists exactly the three changed figures; importing the same file twice loses and adds nothing",
        arguments: Engine.allCases)
    func threeChanged(engine: Engine) async throws {
        let database = try await engine.database(in: folder)
        let march = try write(Self.preliminary, "mars.csv")
        let june = try write(Self.final, "juni.csv")
        for file in [march, march, june, june] {
            let result = try await KostraCLI.run(["import", file, "--database", database])
            #expect(result.status == 0, "\(result.stderr)")
        }
        let json = try await KostraCLI.run(["revisions", "--format", "json", "--database", database])
        #expect(json.status == 0, "\(json.stderr)")
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        let revisions = try decoder.decode([RevisionJSON].self, from: Data(json.stdout.utf8))
        // Revisions of one import come in key order, alike on both engines.
        #expect(revisions.map(\.region) == ["bergen", "sandnes", "trondheim"])
        #expect(revisions.map(\.oldValue) == [25.1, 18.5, 24.0])
        #expect(revisions.map(\.newValue) == [nil, 17.9, 24.6])
        #expect(revisions.first?.newStatus == ":")
        #expect(revisions.allSatisfy { $0.oldSource == "Fil: mars.csv" && $0.newSource == "Fil: juni.csv" })
        let table = try await KostraCLI.run(["revisions", "--municipality", "Sandnes", "--database", database])
        #expect(table.stdout.contains("Sandnes"))
        #expect(table.stdout.contains("18,5 %") && table.stdout.contains("17,9 %"), "\(table.stdout)")
        #expect(table.stdout.contains("−0,6 pp") || table.stdout.contains("-0,6 pp"), "\(table.stdout)")
        let none = try await KostraCLI.run(["revisions", "--indicator", "rbi", "--database", database])
        #expect(none.stdout.contains("ingen"))
        let later = try await KostraCLI.run(["revisions", "--since", "2099-01-01", "--database", database])
        #expect(later.stdout.contains("ingen"))
        let bad = try await KostraCLI.run(["revisions", "--since", "juni", "--database", database])
        #expect(bad.status != 0 && bad.stderr.contains("2025-06-01"))
    }

    @Test("The report's appendix lists the revised figures it shows under 'Endret siden forrige uttrekk'")
    func reportAppendix() async throws {
        let database = folder.appendingPathComponent("report.sqlite").path
        let workspace = try await Workspace.open(database: database)
        _ = try await workspace.imports.importFile(path: try write(Self.preliminary, "mars.csv"))
        _ = try await workspace.imports.importFile(path: try write(Self.final, "juni.csv"))
        let since = try #require(RevisionDate.parse("2000-01-01"))
        let document = try await workspace.reports.reportDocument(of: "Bærum", year: 2024, changesSince: since)
        let appendix = try #require(document.sections.last)
        let changes = try #require(appendix.subsections.first { $0.title == "Endret siden forrige uttrekk" })
        let tables = changes.allBlocks.compactMap { block -> ReportTable? in if case .table(let table) = block { table } else { nil } }
        let table = try #require(tables.first)
        #expect(table.rows.count == 3)
        let without = try await workspace.reports.reportDocument(of: "Bærum", year: 2024)
        #expect(!(without.sections.last?.subsections.contains { $0.title == "Endret siden forrige uttrekk" } ?? true))
        let html = try await KostraCLI.run([
            "report", "Bærum", "--year", "2024", "--format", "html", "--out", folder.appendingPathComponent("r.html").path,
            "--changes-since", "2000-01-01", "--database", database,
        ])
        #expect(html.status == 0, "\(html.stderr)")
        let page = try String(contentsOf: folder.appendingPathComponent("r.html"), encoding: .utf8)
        #expect(page.contains("Endret siden forrige uttrekk"))
        #expect(page.contains("Fil: juni.csv"))
    }
}
