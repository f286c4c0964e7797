import Foundation
import KostraTesting
import Testing
#if canImport(Glibc)
    import Glibc
#endif

/// Bad input tried as a new user would: one clear message, a non-zero exit, and the store as it was.
@Suite("Bad input on the command line")
struct BadInputTests {
    let folder = try! KostraCLI.temporaryFolder()
    var database: String { folder.appendingPathComponent("k.sqlite").path }

    func storeSnapshot() async throws -> String {
        try await KostraCLI.run(["profile", "Bærum", "--format", "csv", "--database", database]).stdout
    }

    func write(_ text: String, to name: String) throws -> String {
        let path = folder.appendingPathComponent(name).path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test("An unknown municipality lists the closest names")
    func unknownMunicipality() async throws {
        let result = try await KostraCLI.run(["profile", "Bærumm", "--database", database])
        #expect(result.status != 0)
        #expect(result.stderr.contains("No municipality or region is called 'Bærumm'. Did you mean 'Bærum'"))
    }

    @Test("A year without figures says which years have them")
    func yearWithoutData() async throws {
        let result = try await KostraCLI.run(["profile", "Bærum", "--year", "2019", "--database", database])
        #expect(result.status != 0)
        #expect(result.stderr.contains("There are no figures for Bærum in 2019. Years with figures: 2021–2024. Choose one with --year."))
    }

    @Test("A truncated published-figures file names the line and stores nothing")
    func truncatedFile() async throws {
        let before = try await storeSnapshot()
        let full = try SharedFixtures.text("reference/baerum-kostra-2024.csv").replacingOccurrences(of: "70784", with: "70000")
        let cut = String(full.prefix(full.count - 40))
        let path = try write(cut, to: "truncated.csv")
        let result = try await KostraCLI.run(["import", "published", path, "--municipality", "Bærum", "--database", database])
        #expect(result.status != 0)
        #expect(result.stderr.contains("\(path), line 23: has 2 fields, but the header has 9. The file may be truncated"))
        #expect(try await storeSnapshot() == before)
    }

    @Test("An unknown label names the line and suggests catalogue labels")
    func unknownLabel() async throws {
        let before = try await storeSnapshot()
        let text = """
            category;indicator;unit;baerum_2024;asss_avg_2024
            Dekningsgrader;Andel sosialhjelpsmottakere 18-24 år av innbyggere 18-24 år;prosent;2,3;5,3
            Dekningsgrader;Andel som bor i kommunal bolig;prosent;1,0;2,0
            """
        let path = try write(text, to: "label.csv")
        let result = try await KostraCLI.run(["import", "published", path, "--database", database])
        #expect(result.status != 0)
        #expect(result.stderr.contains("\(path), line 3: the indicator 'Andel som bor i kommunal bolig' is not in the catalogue."))
        #expect(try await storeSnapshot() == before)
    }

    @Test("A malformed number names the line and column")
    func malformedNumber() async throws {
        let path = try write("category;indicator;unit;baerum_2024\nx;Stønad (bidrag+lån) per sosialhjelpsmottaker;kroner;70 7B4\n", to: "number.csv")
        let result = try await KostraCLI.run(["import", "published", path, "--database", database])
        #expect(result.status != 0)
        #expect(result.stderr.contains("\(path), line 2, column baerum_2024: '70 7B4' is not a number"))
    }

    @Test("A file for another municipality than the one named is refused")
    func wrongMunicipality() async throws {
        let path = try write("category;indicator;unit;asker_2024\nx;Stønad (bidrag+lån) per sosialhjelpsmottaker;kroner;70000\n", to: "asker.csv")
        let result = try await KostraCLI.run(["import", "published", path, "--municipality", "Bærum", "--database", database])
        #expect(result.status != 0)
        #expect(result.stderr.contains("the column 'asker_2024' holds figures for Asker, but --municipality names Bærum"))
    }

    @Test("A corrupted database is reported and left untouched")
    func corruptedDatabase() async throws {
        let path = folder.appendingPathComponent("broken.sqlite").path
        let garbage = Data(repeating: 0x42, count: 8192)
        try garbage.write(to: URL(fileURLWithPath: path))
        let result = try await KostraCLI.run(["profile", "Bærum", "--database", path])
        #expect(result.status != 0)
        #expect(result.stderr.contains("The file at \(path) is not a KostraKit database, or it is damaged. Nothing was changed."))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == garbage)
    }

    @Test("A read-only database can be read, and an import into it fails clearly, changing nothing")
    func readOnlyDatabase() async throws {
        let shared = folder.appendingPathComponent("readonly", isDirectory: true)
        try FileManager.default.createDirectory(at: shared, withIntermediateDirectories: true)
        let path = shared.appendingPathComponent("k.sqlite").path
        #expect(try await KostraCLI.run(["profile", "Bærum", "--database", path]).status == 0)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: path)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: shared.path)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: shared.path) }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        // Root may write anywhere, so the user's view is tested as an unprivileged user.
        let user = getuid() == 0 ? "nobody" : nil
        let csv = folder.appendingPathComponent("ok.csv")
        try Data("category;indicator;unit;baerum_2025\nx;Stønad (bidrag+lån) per sosialhjelpsmottaker;kroner;75000\n".utf8).write(to: csv)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: csv.path)
        let read = try await KostraCLI.run(["profile", "Bærum", "--format", "json", "--database", path], user: user)
        #expect(read.status == 0, "\(read.stderr)")
        let result = try await KostraCLI.run(["import", "published", csv.path, "--database", path], user: user)
        #expect(result.status != 0)
        #expect(result.stderr.contains("The database at \(path) is read-only, so nothing was written and it is unchanged."), "\(result.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test("Importing a published file of another municipality and span works, and the profile reads it")
    func importAnotherMunicipality() async throws {
        let text = """
            # test file made for this test: Asker, invented-free figures copied from the 2024 table's Asker series
            series;region;2021;2022;2023;2024
            Andel sosialhjelpsmottakere 18-24 år av innbyggere (B), prosent;Asker;2,6;2,7;3,1;3,3
            """
        let path = try write(text, to: "asker-series.csv")
        let result = try await KostraCLI.run(["import", "published", path, "--database", database])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Imported 4 figures"))
        #expect(result.stdout.contains("is marked (B), but inflation and need adjustment do not change a prosent figure"))
    }
}
