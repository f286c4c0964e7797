import Foundation
import KostraTesting
import Testing

/// The commentary for another municipality and an earlier span, from a published-figures file
/// imported as an analyst would, through the real `kostra` binary.
///
/// The figures below were made for this test (they are not Sandnes's published figures); the
/// sentences are checked against them.
@Suite("Commentary on an earlier year's published figures")
struct EarlierYearCommentaryTests {
    static let table = """
        category;indicator;unit;sandnes_2015;sandnes_2016;sandnes_2017;asss_avg_2017;asss_high_2017;asss_low_2017
        Prioritering og behov;Netto driftsutgifter til sosialtjenesten (f242/f243/f273/f276/f281) pr innbygger 18-66 år;kroner;5000;4800;4500;6000;8000;4200
        Dekningsgrader;Andel sosialhjelpsmottakere 18-24 år av innbyggere 18-24 år;prosent;3,5;3,3;3,1;5,0;8,0;3,1
        Produktivitet og enhetskostnader;Stønad (bidrag+lån) per sosialhjelpsmottaker;kroner;45000;;48000;60000;70000;40000
        Utfyllende indikatorer/kvalitet;Stønadslengde sosialhjelpsmottakere 18-24 år. Gjennomsnittlig antall måneder per år;måneder;4,4;4,1;4,7;4,6;5,5;3,6
        """

    let folder = try! KostraCLI.temporaryFolder()
    var database: String { folder.appendingPathComponent("k.sqlite").path }

    func imported() async throws -> String {
        let path = folder.appendingPathComponent("sandnes-2015-2017.csv").path
        try Data(Self.table.utf8).write(to: URL(fileURLWithPath: path))
        let result = try await KostraCLI.run(["import", "published", path, "--municipality", "Sandnes", "--database", database])
        #expect(result.status == 0, "\(result.stderr)")
        return path
    }

    func sentences(_ name: String = "Sandnes") async throws -> [String] {
        let result = try await KostraCLI.run(["commentary", name, "--year", "2017", "--database", database])
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout.split(separator: "\n").map(String.init)
    }

    @Test("Position, extreme, change and trend come from the imported figures")
    func sentencesFollowTheFile() async throws {
        _ = try await imported()
        let text = try await sentences()
        #expect(
            text.contains {
                $0.contains("«Stønad per mottaker»") && $0.contains("kr 48 000 mot kr 60 000") && $0.contains("20 % lavere enn snittet for ASSS")
            })
        #expect(text.contains("Sandnes er lavest i ASSS-nettverket på «Andel sosialhjelpsmottakere 18–24» med 3,1 % i 2017."))
        #expect(text.contains { $0.contains("fra 4,1 måneder i 2016 til 4,7 måneder i 2017") })
        #expect(text.contains { $0.contains("har hatt en jevn reduksjon fra 2015 til 2017") && $0.contains("kr 5 000") && $0.contains("kr 4 500") })
        // 2016 is missing for payout per recipient: no change since last year, no trend.
        #expect(!text.contains { $0.contains("«Stønad per mottaker»") && ($0.contains("siden forrige år") || $0.contains("jevn")) })
        // The months series goes down, then up: no trend.
        #expect(!text.contains { $0.contains("Stønadslengde") && $0.contains("jevn") })
    }

    @Test("Any name or code the municipality has had gives the same commentary")
    func nameForms() async throws {
        _ = try await imported()
        let byName = try await sentences()
        #expect(!byName.isEmpty)
        for form in ["sandnes", "SANDNES", "1102", "1108"] {
            #expect(try await sentences(form) == byName, "\(form)")
        }
    }

    @Test("A note written against a figure that later changed is flagged")
    func notesFlagChangedFigures() async throws {
        let path = try await imported()
        let notes = folder.appendingPathComponent("notater.md").path
        let initResult = try await KostraCLI.run(["notes", "init", "Sandnes", "--year", "2017", "--out", notes, "--database", database])
        #expect(initResult.status == 0, "\(initResult.stderr)")
        var text = try String(contentsOfFile: notes, encoding: .utf8)
        text = text.replacingOccurrences(of: "## Oppsummering\n", with: "## Oppsummering\nLavere utgifter enn snittet.\n")
        try Data(text.utf8).write(to: URL(fileURLWithPath: notes))
        let current = try await KostraCLI.run(["notes", "check", notes, "--database", database])
        #expect(!current.stdout.contains("CHANGED"))

        // SSB revises the 2017 payout per recipient; the analyst re-imports.
        try Data(Self.table.replacingOccurrences(of: ";45000;;48000;", with: ";45000;;49500;").utf8)
            .write(to: URL(fileURLWithPath: path))
        #expect(try await KostraCLI.run(["import", "published", path, "--municipality", "Sandnes", "--database", database]).status == 0)
        let changed = try await KostraCLI.run(["notes", "check", notes, "--database", database])
        #expect(changed.stdout.contains("Stønad (bidrag+lån) per sosialhjelpsmottaker: CHANGED: Sandnes 2017 kr 48 000 → kr 49 500"))

        // The analyst's file is never overwritten.
        let again = try await KostraCLI.run(["notes", "init", "Sandnes", "--year", "2017", "--out", notes, "--database", database])
        #expect(again.status != 0)
        #expect(again.stderr.contains("the file exists and may hold your notes"))
        #expect(try String(contentsOfFile: notes, encoding: .utf8).contains("Lavere utgifter enn snittet."))
    }
}
