import Foundation
import KostraTesting
import Testing

/// `kostra slides`: the review's slides as PowerPoint, opened with LibreOffice Impress.
@Suite("Review slides as PowerPoint, read back with LibreOffice Impress", .serialized)
struct SlidesTests {
    @Test("Bærum 2021–2024 with Asker (bundled data): a slide per review table, 16:9, notes with sources, missing figures said")
    func baerum() async throws {
        let folder = try KostraCLI.temporaryFolder()
        // An earlier deck under the same name is replaced whole. (Foundation's replaceItemAt on
        // Linux removed it and then failed, so a second run lost the first deck and wrote nothing.)
        try Data("an earlier deck".utf8).write(to: folder.appendingPathComponent("review.pptx"))
        let result = try await KostraCLI.run(
            [
                "slides", "Bærum", "--from", "2021", "--to", "2024", "--peers", "Asker", "--out", "review.pptx",
                "--database", folder.appendingPathComponent("k.sqlite").path,
            ],
            directory: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let deck = folder.appendingPathComponent("review.pptx")
        #expect(result.stdout.contains("Wrote \(deck.path) (6 slides)"), "\(result.stdout)")

        let presentation = try await ExternalTool.run("unzip", ["-p", deck.path, "ppt/presentation.xml"]).stdout
        #expect(presentation.contains("<p:sldSz cx=\"12192000\" cy=\"6858000\"/>"), "16:9")
        let slide2 = try await ExternalTool.run("unzip", ["-p", deck.path, "ppt/slides/slide2.xml"]).stdout
        #expect(slide2.contains("<p:ph type=\"title\"/>") && slide2.contains("<a:tbl>"), "a title placeholder and a native table")
        let profile = try await ExternalTool.run("unzip", ["-p", deck.path, "ppt/slides/slide6.xml"]).stdout
        #expect(profile.contains("<p:pic>") && profile.contains("descr=\"Tjenesteprofil, indeks der"), "the profile as a picture with alt text")
        let notes = try await ExternalTool.run("unzip", ["-p", deck.path, "ppt/notesSlides/notesSlide6.xml"]).stdout
        #expect(notes.contains("Kilde: Bærum kommune: KOSTRA analyse 2025"), "the profile's source in the speaker notes")

        let converted = try await ExternalTool.libreOffice(convert: deck, to: "pdf", folder: folder)
        #expect(converted.status == 0, "\(converted.stderr)")
        let pdf = folder.appendingPathComponent("review.pdf")
        #expect(try await ExternalTool.pdfInfo(pdf)["Pages"] == "6")
        let text = try await ExternalTool.pdfText(pdf).withPlainSpaces.collapsingSpaces
        for title in [
            "Sosialhjelp i Bærum 2021–2024", "Sosioøkonomiske forhold", "Arbeidsavklaringspenger og sosialhjelp",
            "Vekst i utbetalt sosialhjelp 2021–2024", "Langtidsmottakere 2021–2024", "Tjenesteprofil 2024",
        ] {
            #expect(text.contains(title), "\(title)")
        }
        // The peer table: Bærum's stored shares for 2024, the units in the headers, «..» where Asker has none.
        #expect(text.contains("Bærum 1,7 5,1 3,1 2,6") && text.contains("Asker .. .. .. .."), "\(text.prefix(600))")
        // The bundled data have no payouts or long-term counts: those slides say what to import.
        // In Norwegian, as everything on a slide: the analyses' English messages are for the command line.
        #expect(text.contains("Tallene mangler: Bærum har ikke lagrede tall for 2021 for:"), "\(text)")
        #expect(
            text.contains(
                "Tallene mangler: Bærum har ingen lagrede tall for 'Mottakere med sosialhjelp som hovedinntekt i 10 måneder eller mer' (recipients-long-term-10m) eller 'Andel mottakere"
            ), "\(text)")
        let english = try Regex(#"\b(There|are|no|stored|figures|for the|Import|the|is not|Choose|with|which)\b"#)
        let deckText = try await ExternalTool.run("unzip", ["-p", deck.path, "ppt/slides/*.xml", "ppt/notesSlides/*.xml"]).stdout
        let words = deckText.replacing(try Regex("<[^>]+>"), with: " ")
        let found = words.matches(of: english).map { String(words[$0.range]) }
        #expect(found.isEmpty, "English on the slides or in the notes: \(Set(found).sorted())")
    }
}
