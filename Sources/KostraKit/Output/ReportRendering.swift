public import Foundation
public import KostraRender

/// A rendered output file, not yet on disk: its path relative to the output folder and its bytes.
public struct RenderedFile: Sendable {
    /// E.g. `baerum-2024-sosialtjenester.pdf` or `baerum-2024-sosialtjenester-tabeller/nokkeltall.csv`.
    public var name: String
    public var format: ReportFormat
    public var data: Data
}

/// Renders one report document into the chosen formats, in memory, so nothing is written
/// until every format has succeeded.
public struct ReportRendering: Sendable {
    /// Needed for PDF and Word; `nil` when neither is chosen.
    public var chromium: Chromium?
    /// Measures the Word contents list's page numbers when installed; optional.
    public var libreOffice: LibreOffice?

    public init(chromium: Chromium?, libreOffice: LibreOffice? = nil) {
        self.chromium = chromium
        self.libreOffice = libreOffice
    }

    public func render(_ document: ReportDocument, formats: [ReportFormat]) async throws -> [RenderedFile] {
        let html = try HTMLReportRenderer().render(document)
        var files: [RenderedFile] = []
        for format in formats {
            switch format {
            case .html:
                files.append(RenderedFile(name: "\(document.fileStem).html", format: .html, data: Data(html.utf8)))
            case .pdf:
                files.append(RenderedFile(name: "\(document.fileStem).pdf", format: .pdf, data: try await pdf(document, html: html)))
            case .docx:
                let pictures = try await pictures(of: document.charts)
                files.append(RenderedFile(name: "\(document.fileStem).docx", format: .docx, data: try await docx(document, pictures: pictures)))
            case .xlsx:
                files.append(RenderedFile(name: "\(document.fileStem).xlsx", format: .xlsx, data: try XlsxWriter().data(for: document)))
            case .csv:
                var used: Set<String> = []
                for table in document.tables {
                    var name = table.id
                    var number = 2
                    while used.contains(name) { name = "\(table.id)-\(number)"; number += 1 }
                    used.insert(name)
                    files.append(RenderedFile(name: "\(document.fileStem)-tabeller/\(name).csv", format: .csv, data: Data(table.csv.utf8)))
                }
            }
        }
        return files
    }

    private func requireChromium() throws(KitError) -> Chromium {
        guard let chromium else { throw KitError.chromiumMissing(searched: "no Chromium was given") }
        return chromium
    }

    /// The PDF, printed twice: the first print's bookmarks say which page each chapter starts
    /// on, and the second prints those numbers in the contents list (on the title page, so the
    /// numbers do not move anything).
    private func pdf(_ document: ReportDocument, html: String) async throws -> Data {
        let first = try await pdf(html: html)
        let pages = Self.chapterPages(document, outline: PDFOutline(pdf: first))
        let printed = pages.isEmpty ? first : try await pdf(html: try HTMLReportRenderer().render(document, contentsPages: pages))
        return PDFMetadata.addingXMP(to: printed, title: document.titlePage.title, language: "nb-NO")
    }

    /// The Word file. With LibreOffice, its contents list is saved with the page numbers
    /// LibreOffice lays out for this very file: measured, written in, and measured again until
    /// two measurements agree (the numbers take room too). Without LibreOffice, or if it fails or
    /// its contents list does not match the headings, the entries are saved without numbers and
    /// with a note on how Word adds them; a number is never estimated.
    private func docx(_ document: ReportDocument, pictures: [String: Data]) async throws -> Data {
        let plain = try DocxWriter(pictures: pictures).data(for: document)
        guard let libreOffice else { return plain }
        let entries = DocxWriter.contentsEntries(of: document).map(\.title)
        var data = plain
        var pages: [Int]?
        for _ in 0..<3 {
            guard let list = try? await libreOffice.contentsList(of: data), let measured = Self.pages(of: entries, in: list) else {
                return plain
            }
            if measured == pages { return data }
            pages = measured
            data = try DocxWriter(pictures: pictures, contentsPages: measured).data(for: document)
        }
        return plain
    }

    /// Each entry's page from LibreOffice's contents list, when it lists exactly these titles in order.
    static func pages(of entries: [String], in list: [(title: String, page: Int)]) -> [Int]? {
        let plain = { (text: String) in
            text.replacingOccurrences(of: "\u{00A0}", with: " ").replacingOccurrences(of: "\u{2011}", with: "-")
                .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
        guard list.count == entries.count, zip(entries, list).allSatisfy({ plain($0) == plain($1.title) }) else { return nil }
        return list.map(\.page)
    }

    /// Chapter id → page, matching the document's chapters in order with the PDF's bookmarks.
    static func chapterPages(_ document: ReportDocument, outline: PDFOutline) -> [String: Int] {
        let plain = { (text: String) in
            text.replacingOccurrences(of: "\u{00A0}", with: " ").replacingOccurrences(of: "\u{2011}", with: "-")
                .trimmingCharacters(in: .whitespaces)
        }
        var pages: [String: Int] = [:]
        var next = outline.entries.startIndex
        for section in document.sections {
            guard let found = outline.entries[next...].firstIndex(where: { plain($0.title) == plain(section.title) }) else { continue }
            pages[section.id] = outline.entries[found].page
            next = found + 1
        }
        return pages
    }

    private func pdf(html: String) async throws -> Data {
        let chromium = try requireChromium()
        let folder = try Self.workFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("report.html")
        try Data(html.utf8).write(to: page)
        let pdf = folder.appendingPathComponent("report.pdf")
        try await chromium.printPDF(html: page, to: pdf)
        return try Data(contentsOf: pdf)
    }

    /// PNG pictures of the charts. Starting Chromium costs seconds, so charts are stacked on
    /// pages of at most ``pictureStripHeight`` px, each page is screenshotted once (two at a
    /// time, for the two cores), and the screenshot is cut into one picture per chart.
    func pictures(of charts: [ReportChart]) async throws -> [String: Data] {
        guard !charts.isEmpty else { return [:] }
        let chromium = try requireChromium()
        let folder = try Self.workFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var strips: [[ReportChart]] = [[]]
        var height = 0.0
        for chart in charts {
            if height + chart.height > Self.pictureStripHeight, !(strips.last?.isEmpty ?? true) {
                strips.append([])
                height = 0
            }
            strips[strips.count - 1].append(chart)
            height += chart.height.rounded(.up)
        }
        return try await withThrowingTaskGroup(of: [String: Data].self) { group in
            var pictures: [String: Data] = [:]
            var pending = strips.enumerated().makeIterator()
            func addNext() throws {
                guard let (number, strip) = pending.next() else { return }
                let width = Int(strip.map(\.width).max() ?? 1)
                let height = Int(strip.map { $0.height.rounded(.up) }.reduce(0, +))
                // Each chart in a box of exactly its height, so the offsets below are exact.
                let boxes = strip.map { "<div style=\"height:\(Int($0.height.rounded(.up)))px;overflow:hidden\">\($0.svg)</div>" }
                let html =
                    "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>html,body{margin:0;padding:0;background:#fff}"
                    + "svg{display:block}</style></head><body>\(boxes.joined())</body></html>"
                let page = folder.appendingPathComponent("charts-\(number).html")
                try Data(html.utf8).write(to: page)
                group.addTask {
                    let png = folder.appendingPathComponent("charts-\(number).png")
                    try await chromium.screenshot(html: page, to: png, width: width, height: height)
                    let image = try PNGImage(data: Data(contentsOf: png))
                    let scale = Double(image.width) / Double(width)
                    var result: [String: Data] = [:]
                    var top = 0.0
                    for chart in strip {
                        let cut = image.cropped(
                            x: 0, y: Int((top * scale).rounded()), width: Int((chart.width * scale).rounded()),
                            height: Int((chart.height * scale).rounded()))
                        result[chart.id] = try cut.pngData()
                        top += chart.height.rounded(.up)
                    }
                    return result
                }
            }
            try addNext()
            try addNext()
            while let strip = try await group.next() {
                pictures.merge(strip) { $1 }
                try addNext()
            }
            return pictures
        }
    }

    /// The tallest page of stacked charts screenshotted at once, in CSS px (twice that in pixels).
    static let pictureStripHeight = 4000.0

    static func workFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kostra-render-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}
