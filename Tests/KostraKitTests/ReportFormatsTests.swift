import Foundation
import KostraTesting
import Testing

/// Bærum's 2024 report written once in every format by the real `kostra` binary, shared by the
/// tests below (Chromium and LibreOffice take seconds per run on two cores).
enum BaerumReports {
    struct Output: Sendable {
        var folder: URL
        var stdout: String
        var html: URL { folder.appendingPathComponent("r/baerum-2024-sosialtjenester.html") }
        var pdf: URL { folder.appendingPathComponent("r/baerum-2024-sosialtjenester.pdf") }
        var docx: URL { folder.appendingPathComponent("r/baerum-2024-sosialtjenester.docx") }
        var xlsx: URL { folder.appendingPathComponent("r/baerum-2024-sosialtjenester.xlsx") }
        var csvFolder: URL { folder.appendingPathComponent("r/baerum-2024-sosialtjenester-tabeller") }
    }

    static let all = Task { () throws -> Output in
        let folder = try KostraCLI.temporaryFolder()
        let result = try await KostraCLI.run(
            ["report", "Bærum", "--format", "html,pdf,docx,xlsx,csv", "--out", "r", "--database", folder.appendingPathComponent("k.sqlite").path],
            directory: folder)
        guard result.status == 0 else { throw CLIFailure(message: result.stderr) }
        return Output(folder: folder, stdout: result.stdout)
    }

    struct CLIFailure: Error, CustomStringConvertible {
        var message: String
        var description: String { "kostra report failed: \(message)" }
    }
}

@Suite("Bærum 2024 report in PDF, Word, Excel and CSV, read back with poppler and LibreOffice", .serialized)
struct ReportFormatsTests {
    @Test("One run writes every format into the --out folder and says where")
    func writesEveryFormat() async throws {
        let output = try await BaerumReports.all.value
        for file in [output.html, output.pdf, output.docx, output.xlsx] {
            #expect(FileManager.default.fileExists(atPath: file.path), "\(file.lastPathComponent)")
            #expect(output.stdout.contains("Wrote \(file.path)\n"))
        }
        #expect(output.stdout.contains("CSV tables into \(output.csvFolder.path)"))
    }

    @Test("The PDF is A4 with embedded fonts, page numbers, the headings and key numbers, and no blank page")
    func pdf() async throws {
        let output = try await BaerumReports.all.value
        let info = try await ExternalTool.pdfInfo(output.pdf)
        let pages = try #require(Int(info["Pages"] ?? ""))
        #expect(pages >= 15 && pages <= 40, "\(pages) pages")
        #expect(info["Page size"]?.hasPrefix("594.96 x 841.92 pts") == true || info["Page size"]?.contains("(A4)") == true, "\(info)")
        let fonts = try await ExternalTool.run("pdffonts", [output.pdf.path]).stdout.split(separator: "\n").dropFirst(2)
        #expect(!fonts.isEmpty)
        for font in fonts { #expect(font.split(separator: " ").contains("yes"), "not embedded: \(font)") }
        let text = try await ExternalTool.pdfText(output.pdf).withPlainSpaces.collapsingSpaces
        for heading in [
            "Sosialtjeneste og bolig: Bærum 2024", "Sammendrag", "Tjenesteprofil", "Prioritering og behov", "Dekningsgrader",
            "Produktivitet og enhetskostnader", "Utfyllende indikatorer/kvalitet", "Vedlegg: kilder og metode", "Kodeendringer og brudd",
        ] {
            #expect(text.contains(heading), "missing heading \(heading)")
        }
        #expect(text.contains("kr 70 784") && text.contains("kr 78 830") && text.contains("0,877"))
        #expect(text.contains("Side 2 av \(pages)") && text.contains("Side \(pages) av \(pages)"))
        #expect(!text.contains("Side 1 av"), "the title page has no page number")
        let ink = try await ExternalTool.inkPerPage(
            output.pdf, folder: output.folder.appendingPathComponent("pgm", isDirectory: true).creatingFolder())
        #expect(ink.count == pages)
        for (page, share) in ink.enumerated() { #expect(share > 0.005, "page \(page + 1) is blank (\(share))") }
    }

    @Test("A series table is on the same page as its chart and caption: nothing is split across pages")
    func pdfKeepsTablesWhole() async throws {
        let output = try await BaerumReports.all.value
        let pages = try #require(Int(try await ExternalTool.pdfInfo(output.pdf)["Pages"] ?? ""))
        var found = false
        for page in 1...pages {
            let text = try await ExternalTool.pdfText(output.pdf, page: page).withPlainSpaces
            guard text.contains("Utviklingen for Bærum 2021–2024, sammenlignet med ASSS med Oslo, Asker.") else { continue }
            // Each series chart's caption is followed by its table: the caption's page holds every row.
            // The table names the unit in its header («Prosent»), the cells hold the numbers.
            if text.contains("Andel sosialhjelpsmottakere 18-24 år av innbyggere 18-24 år") && text.contains("2,2") {
                found = true
                #expect(text.contains("Asker") && text.contains("3,3") && text.contains("5,3"))
            }
        }
        #expect(found, "the 18–24 series chart, caption and table were not found together on one page")
    }

    @Test("Word: LibreOffice opens the .docx; headings are Heading 1/2, tables hold Norwegian numbers, charts are pictures")
    func docx() async throws {
        let output = try await BaerumReports.all.value
        let folder = try output.folder.appendingPathComponent("docx-check", isDirectory: true).creatingFolder()
        let html = try await ExternalTool.libreOffice(convert: output.docx, to: "html", folder: folder)
        #expect(html.status == 0, "\(html.stderr)")
        let page = try String(contentsOf: folder.appendingPathComponent("baerum-2024-sosialtjenester.html"), encoding: .utf8)
        let h1 = Self.headings(in: page, tag: "h1")
        #expect(h1.contains("Sammendrag") && h1.contains("Dekningsgrader") && h1.contains("Vedlegg: kilder og metode"), "\(h1)")
        #expect(Self.headings(in: page, tag: "h2").contains("Kilder"))
        #expect(page.contains("<img") && page.contains("<table"))
        let pdf = try await ExternalTool.libreOffice(convert: output.docx, to: "pdf", folder: folder)
        #expect(pdf.status == 0, "\(pdf.stderr)")
        let converted = folder.appendingPathComponent("baerum-2024-sosialtjenester.pdf")
        let text = try await ExternalTool.pdfText(converted).withPlainSpaces
        #expect(text.contains("kr 70 784") && text.contains("kr 78 830") && text.contains("61,7 %"))
        let pages = try #require(Int(try await ExternalTool.pdfInfo(converted)["Pages"] ?? ""))
        #expect(text.contains("Side 2 av \(pages)"), "page numbers in the footer")
        #expect(text.contains("Innhold"), "a table of contents (a TOC field over Heading 1–2)")
    }

    @Test("Word: the contents list is saved with its entries and page numbers, and opening the file asks to update nothing")
    func docxContents() async throws {
        let output = try await BaerumReports.all.value
        let settings = try await ExternalTool.run("unzip", ["-p", output.docx.path, "word/settings.xml"]).stdout
        let xml = try await ExternalTool.run("unzip", ["-p", output.docx.path, "word/document.xml"]).stdout
        #expect(!settings.contains("updateFields") && !xml.contains("w:dirty"), "no prompt to update fields on opening")
        #expect(xml.contains("<w:hyperlink w:anchor=\"_Toc1\"") && xml.contains(" PAGEREF _Toc1 \\h "))
        #expect(!xml.contains("Oppdater felt"), "with LibreOffice installed the numbers are there, so no note asks for them")

        // What a reader sees without updating anything: LibreOffice's text of the saved file.
        let folder = try output.folder.appendingPathComponent("docx-contents", isDirectory: true).creatingFolder()
        let converted = try await ExternalTool.libreOffice(convert: output.docx, to: "txt:Text (encoded):UTF8", folder: folder)
        #expect(converted.status == 0, "\(converted.stderr)")
        let text = try String(contentsOf: folder.appendingPathComponent("baerum-2024-sosialtjenester.txt"), encoding: .utf8)
        let lines = text.split(whereSeparator: \.isNewline).map(String.init)
        let start = try #require(lines.firstIndex { $0.hasSuffix("Innhold") })
        let entry = try Regex(#"^(.+)\t([0-9]+)$"#)
        let entries = lines[(start + 1)...].prefix { $0.wholeMatch(of: entry) != nil }.compactMap { line -> (String, Int)? in
            guard let match = line.wholeMatch(of: entry), let page = Int(match.output[2].substring ?? "") else { return nil }
            return (String(match.output[1].substring ?? ""), page)
        }
        #expect(entries.count >= 20, "\(lines[start...].prefix(5))")
        #expect(entries.first?.0 == "Sammendrag" && entries.last?.0 == "Kilder", "\(entries.map(\.0))")
        #expect(entries.map(\.1) == entries.map(\.1).sorted() && (entries.first?.1 ?? 0) > 1, "\(entries)")

        // Each number is the page on which LibreOffice prints the heading of this very file.
        let pdf = try await ExternalTool.libreOffice(convert: output.docx, to: "pdf", folder: folder)
        #expect(pdf.status == 0, "\(pdf.stderr)")
        let pages = try await ExternalTool.run("pdftotext", [folder.appendingPathComponent("baerum-2024-sosialtjenester.pdf").path, "-"]).stdout
            .components(separatedBy: "\u{0C}").map { $0.withPlainSpaces.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        for (title, page) in entries {
            let plain = title.withPlainSpaces.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(page <= pages.count && pages[page - 1].contains(plain), "«\(title)» is not on page \(page)")
        }
    }

    @Test("Excel: LibreOffice reads every sheet; figures are numbers with a Norwegian format, the Kilder sheet names sources")
    func xlsx() async throws {
        let output = try await BaerumReports.all.value
        let raw = try output.folder.appendingPathComponent("xlsx-raw", isDirectory: true).creatingFolder()
        // Filter options: separator ;, quote ", UTF-8, from row 1, no formats, ..., "as shown" off, all sheets (-1).
        let rawResult = try await ExternalTool.libreOffice(
            convert: output.xlsx, to: "csv:Text - txt - csv (StarCalc):59,34,76,1,,0,false,true,false,false,false,-1", folder: raw)
        #expect(rawResult.status == 0, "\(rawResult.stderr)")
        let sheets = try FileManager.default.contentsOfDirectory(atPath: raw.path).filter { $0.hasSuffix(".csv") }
        #expect(sheets.count >= 20, "\(sheets)")
        let profile = try String(contentsOf: raw.appendingPathComponent("baerum-2024-sosialtjenester-1 Tjenesteprofil.csv"), encoding: .utf8)
        // A title row and a unit and source row come before the header row.
        #expect(profile.hasPrefix("Tabell 1. Indikatorene i"), "\(profile.prefix(200))")
        #expect(profile.contains("\nIndikator;Bærum 2022;Bærum 2023;Bærum 2024;Snitt ASSS 2024"))
        // Stored as numbers: unformatted, they come out bare.
        // The index is stored unrounded (89,79...) and only shown without decimals. LibreOffice
        // writes the unformatted number with the format's (Norwegian) decimal separator.
        let numbers = profile.replacingOccurrences(of: ",", with: ".")
        #expect(numbers.contains("Stønad (bidrag+lån) per sosialhjelpsmottaker (kr);57522;64059;70784;78830;91051;48840;89.79"))
        #expect(numbers.contains("Ressursbruksindikator. Sosiale tjenester *;0.865;0.897;0.877;1;1.243;0.735;87.7"))
        let kilder = try String(contentsOf: raw.appendingPathComponent("baerum-2024-sosialtjenester-Kilder.csv"), encoding: .utf8)
        #expect(kilder.contains("Kilde: Bærum kommune: KOSTRA analyse 2025"))
        let shown = try output.folder.appendingPathComponent("xlsx-shown", isDirectory: true).creatingFolder()
        _ = try await ExternalTool.libreOffice(
            convert: output.xlsx, to: "csv:Text - txt - csv (StarCalc):59,34,76,1,,0,false,true,true,false,false,-1", folder: shown)
        let formatted = try String(contentsOf: shown.appendingPathComponent("baerum-2024-sosialtjenester-1 Tjenesteprofil.csv"), encoding: .utf8)
        // The Norwegian number format ([$-414]) shows kroner, decimal commas and percent signs.
        #expect(
            formatted.contains("kr 70") && formatted.contains("784") && formatted.contains("0,877") && formatted.contains("2,6 %"),
            "\(formatted.prefix(400))")
    }

    @Test("CSV per table: semicolons, decimal commas, UTF-8 with a byte-order mark")
    func csv() async throws {
        let output = try await BaerumReports.all.value
        let data = try Data(contentsOf: output.csvFolder.appendingPathComponent("nokkeltall.csv"))
        #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: data.dropFirst(3), as: UTF8.self)
        #expect(text.contains("Stønad (bidrag+lån) per sosialhjelpsmottaker (kr);57522;64059;70784;78830;91051;48840;90\r\n"))
        #expect(text.contains("Ressursbruksindikator. Sosiale tjenester *;0,865;0,897;0,877;1,000;1,243;0,735;88\r\n"))
    }

    static func headings(in html: String, tag: String) -> [String] {
        html.components(separatedBy: "<\(tag)").dropFirst().compactMap { part in
            guard let start = part.firstIndex(of: ">"), let end = part.range(of: "</\(tag)>") else { return nil }
            let inner = String(part[part.index(after: start)..<end.lowerBound])
            return inner.replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression).collapsingSpaces
        }
    }
}

extension String {
    /// No-break spaces and non-breaking hyphens as ordinary ones, for comparing with plain text.
    var withPlainSpaces: String {
        replacingOccurrences(of: "\u{00A0}", with: " ").replacingOccurrences(of: "\u{2011}", with: "-")
    }

    /// Runs of spaces and line breaks as one space, for text whose layout wraps lines.
    var collapsingSpaces: String {
        split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" }).joined(separator: " ")
    }
}

extension URL {
    func creatingFolder() throws -> URL {
        try FileManager.default.createDirectory(at: self, withIntermediateDirectories: true)
        return self
    }
}
