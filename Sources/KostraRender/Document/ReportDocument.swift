import Foundation

/// A finished report independent of its file format: every renderer (HTML, PDF via HTML,
/// Word, Excel, CSV) draws the same document, so the formats cannot disagree.
///
/// The document holds text already formatted for Norwegian readers *and* the numbers behind
/// it (``ReportCell``), so spreadsheets store numbers while documents print `kr 70 784`.
public struct ReportDocument: Sendable, Hashable {
    public var titlePage: ReportTitlePage
    /// The sections in reading order; each has a heading level of 2 (subsections 3).
    public var sections: [ReportSection]
    /// Text for the page footer of printed formats, e.g. `Bærum 2024 · KostraKit`.
    public var footer: String
    /// The default file name without extension, e.g. `baerum-2024-sosialtjenester`.
    public var fileStem: String
    /// Whether the municipality's own figures were missing, so the report only says what is absent.
    public var figuresMissing: Bool
    /// The sections left out for want of figures, e.g. `Produktivitet og enhetskostnader`.
    public var omittedSections: [String] = []

    public init(titlePage: ReportTitlePage, sections: [ReportSection], footer: String, fileStem: String, figuresMissing: Bool = false) {
        self.titlePage = titlePage
        self.sections = sections
        self.footer = footer
        self.fileStem = fileStem
        self.figuresMissing = figuresMissing
    }

    /// Every table in reading order, subsections included (one sheet or CSV file each).
    public var tables: [ReportTable] {
        sections.flatMap { section in section.allBlocks.compactMap { if case .table(let table) = $0 { table } else { nil } } }
    }

    /// Every chart in reading order, subsections included.
    public var charts: [ReportChart] {
        sections.flatMap { section in section.allBlocks.compactMap { if case .chart(let chart) = $0 { chart } else { nil } } }
    }
}

/// The facts on the title page, in the order they are shown.
public struct ReportTitlePage: Sendable, Hashable {
    /// A line above the title, e.g. `KOSTRA-analyse · Sosialtjeneste og bolig`.
    public var kicker: String
    public var title: String
    public var facts: [ReportFact]

    public init(kicker: String, title: String, facts: [ReportFact]) {
        self.kicker = kicker
        self.title = title
        self.facts = facts
    }
}

/// A labelled fact, e.g. `Kommune: Bærum (3201)`.
public struct ReportFact: Sendable, Hashable {
    public var label: String
    public var value: String

    public init(label: String, value: String) {
        self.label = label
        self.value = value
    }
}
