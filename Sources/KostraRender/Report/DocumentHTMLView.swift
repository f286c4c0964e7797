import Foundation
import KostraModel

/// A ``ReportDocument`` in the shape the Mustache template reads: enums flattened into flags,
/// numbers with non-breaking spaces so `kr 70 784` never wraps.
struct DocumentHTMLView {
    struct Section {
        var id, title: String
        var isChapter: Bool
        var pageBreak: Bool
        var blocks: [Block]
        var subsections: [Section]
    }

    struct Block {
        var paragraph: Paragraph?
        var list: List?
        var table: Table?
        var chart: Chart?
    }

    struct List {
        var items: [Paragraph]
    }

    struct Paragraph {
        var text: String
        var cssClass: String
        var trace: String?
        var badge: String?
    }

    struct Table {
        var caption: String
        var headers: [Header]
        var rows: [Row]
        var columnCount: Int
        var sourceNote: String?
        var notes: [String]
    }

    struct Header {
        var title: String
        var cssClass: String
    }

    struct Row {
        var header: String
        var isGroup: Bool
        var cells: [Cell]
    }

    struct Cell {
        var text: String
        var cssClass: String
    }

    struct Chart {
        var svg: String
        var caption: String?
    }

    var title, kicker, footer: String
    var facts: [ReportFact]
    var contents: [Section]
    var sections: [Section]

    init(_ document: ReportDocument) {
        title = document.titlePage.title
        kicker = document.titlePage.kicker
        footer = document.footer
        facts = document.titlePage.facts
        sections = document.sections.map(Self.section)
        contents = sections
    }

    static func section(_ section: ReportSection) -> Section {
        Section(
            id: section.id, title: section.title, isChapter: section.level <= 2, pageBreak: section.startsOnNewPage,
            blocks: section.blocks.map(block), subsections: section.subsections.map(Self.section))
    }

    static func block(_ block: ReportBlock) -> Block {
        switch block {
        case .paragraph(let paragraph): Block(paragraph: Self.paragraph(paragraph))
        case .list(let items): Block(list: List(items: items.map(Self.paragraph)))
        case .table(let table): Block(table: Self.table(table))
        case .chart(let chart): Block(chart: Chart(svg: chart.svg, caption: chart.caption))
        }
    }

    static func paragraph(_ paragraph: ReportParagraph) -> Paragraph {
        let badge: String? = switch paragraph.kind {
        case .generated: "Generert"
        case .analystNote: "Analytikerens merknad"
        default: nil
        }
        return Paragraph(text: paragraph.text, cssClass: paragraph.kind.rawValue, trace: paragraph.trace, badge: badge)
    }

    /// Non-breaking spaces inside figures, and a real minus sign before negative ones.
    static func htmlNumber(_ cell: ReportCell) -> String {
        let text = cell.text.replacingOccurrences(of: " ", with: "\u{00A0}")
        guard let value = cell.value, value < 0, text.hasPrefix("-") else { return text }
        return "\u{2212}" + text.dropFirst()
    }

    static func table(_ table: ReportTable) -> Table {
        Table(
            caption: table.caption,
            headers: table.columns.map { Header(title: $0.title, cssClass: $0.numeric ? "num" : "label") },
            rows: table.rows.map { row in
                Row(
                    header: row.header, isGroup: row.isGroupHeading,
                    cells: row.cells.enumerated().map { index, cell in
                        let numeric = table.columns.indices.contains(index + 1) ? table.columns[index + 1].numeric : true
                        return Cell(
                            text: Self.htmlNumber(cell),
                            cssClass: numeric ? "num" : "label")
                    })
            },
            columnCount: table.columns.count, sourceNote: table.sourceNote, notes: table.notes)
    }
}
