import Foundation
import KostraAnalysis
import KostraImport
import KostraModel
import KostraNarrative
import Testing

/// The analyst's notes: reading sections and recorded figures, and flagging figures that changed.
@Suite struct NotesTests {
    let reader: AnalystNotesReader

    init() throws {
        reader = AnalystNotesReader(catalog: try Definitions.bundled().catalog)
    }

    @Test func templateReadsBackWithEveryIndicatorAndNoText() throws {
        let profile = try ProfileFixtures.baerum2024()
        let notes = try reader.read(NotesTemplate().markdown(for: profile), file: "mal.md")
        #expect(notes.municipality == "baerum" && notes.year == 2024 && notes.network == "asss")
        #expect(notes.sections.count == profile.rows.count + 1)
        #expect(notes.sections.first?.target == .area("Oppsummering"))
        #expect(notes.writtenSections.isEmpty)
        let checks = NoteChecker().check(notes, against: profile)
        #expect(checks.dropFirst().allSatisfy { $0.state == .current })
        #expect(checks.first?.state == .unrecorded)
    }

    @Test func sectionsMatchIndicatorsByLabelIdOrArea() throws {
        let text = """
            # Mine notater
            Innledning med **fet** skrift.

            ## Andel sosialhjelpsmottakere 18-24 år av innbyggere 18-24 år
            Flere unge fikk jobb.

            ## payout-per-recipient
            Satsene økte.

            ## dekningsgrader
            Generelt lavt.
            """
        let notes = try reader.read(text, file: "n.md")
        #expect(notes.preamble == "Innledning med **fet** skrift.")
        let targets = notes.sections.map(\.target)
        #expect(targets.count == 3)
        #expect(targets[1] == .indicator("payout-per-recipient"))
        #expect(targets[2] == .area("Dekningsgrader"))
        #expect(notes.sections[0].markdown == "Flere unge fikk jobb.")
        #expect(notes.sections[0].line == 4)
    }

    @Test func unknownHeadingNamesTheLineAndTheChoices() throws {
        let error = #expect(throws: NotesError.self) { try reader.read("## Noe helt annet\nTekst", file: "n.md") }
        let message = error?.localizedDescription ?? ""
        #expect(message.hasPrefix("n.md:1: the heading 'Noe helt annet' names neither an indicator nor an area"))
        #expect(message.contains("Oppsummering, Prioritering og behov, Dekningsgrader"))
    }

    @Test func damagedFigureCommentIsAnError() throws {
        let text = "## Oppsummering\n<!-- kostra-figures value@2024=fire -->\n"
        let error = #expect(throws: NotesError.self) { try reader.read(text, file: "n.md") }
        #expect(error?.localizedDescription.hasPrefix("n.md:2: cannot read the recorded figures") == true)
    }

    @Test func twoSectionsOnOneIndicatorAreAnError() throws {
        let text = "## payout-per-recipient\nA\n## Stønad (bidrag+lån) per sosialhjelpsmottaker\nB\n"
        let error = #expect(throws: NotesError.self) { try reader.read(text, file: "n.md") }
        #expect(error == .duplicateSection(file: "n.md", line: 3, heading: "Stønad (bidrag+lån) per sosialhjelpsmottaker", firstLine: 1))
    }

    @Test func changedFigureIsFlaggedAsTheTableShowsIt() throws {
        let profile = try ProfileFixtures.baerum2024()
        // Written when Bærum's 2024 payout per recipient was kr 70 000 and the average kr 78 830.
        let text = """
            ## Stønad (bidrag+lån) per sosialhjelpsmottaker
            <!-- kostra-figures indicator=payout-per-recipient value@2024=70000 average@2024=78830.4 -->
            Satsene økte.
            """
        let check = NoteChecker().check(try reader.read(text, file: "n.md"), against: profile)[0]
        #expect(check.state == .changed)
        #expect(check.changes == [NoteCheck.Change(label: "Bærum 2024", was: "kr 70 000", now: "kr 70 784")])
        #expect(check.warning == "Tallene er endret siden notatet ble skrevet (Bærum 2024: kr 70 000 → kr 70 784). Les notatet på nytt.")
    }

    @Test func differenceBelowTheShownDecimalsIsNoChange() throws {
        let profile = try ProfileFixtures.baerum2024()
        let text = "## Andel uføre av innbyggere 18-67 år\n<!-- kostra-figures value@2024=5.06 -->\nTekst\n"
        #expect(NoteChecker().check(try reader.read(text, file: "n.md"), against: profile)[0].state == .current)
    }
}
