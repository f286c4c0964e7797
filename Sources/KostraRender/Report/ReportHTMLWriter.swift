/// Writes a ``ReportDocument`` as the HTML page that ``HTMLReportRenderer`` returns.
///
/// The page is written straight into one buffer rather than through a template engine: a report is
/// some 10 000 values and two dozen charts, and a Mustache pass over them took more time than
/// everything else in the report together. Every value from the document goes through
/// ``HTMLText/text(_:)``; only this file's own markup, charts' SVG and Markdown notes already made
/// safe by ``NoteMarkdown`` are written raw.
struct ReportHTMLWriter {
    /// The report's style sheet (`Resources/report.css`).
    var css: String

    /// The page; `contentsPages` (section id → printed page) adds page numbers to the contents list.
    func html(_ document: ReportDocument, contentsPages: [String: Int] = [:]) -> String {
        var page = HTMLText(capacity: css.utf8.count + document.sections.reduce(0) { $0 + Self.estimatedSize($1) })
        page.raw("<!DOCTYPE html>\n<html lang=\"nb\">\n<head>\n<meta charset=\"utf-8\">\n")
        page.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        page.raw("<meta name=\"generator\" content=\"KostraKit\">\n<title>")
        page.text(document.titlePage.title)
        page.raw("</title>\n<style>\n")
        page.raw(css)
        page.raw("@page { @bottom-left { content: \"")
        page.text(document.footer)
        page.raw("\"; font-family: \"DejaVu Sans\", sans-serif; font-size: 8pt; color: #555; } }\n</style>\n</head>\n<body>\n")
        titlePage(document, contentsPages: contentsPages, into: &page)
        page.raw("<main>\n")
        // Chapters are written on every core at once, then joined in order: they are independent,
        // and on two cores this takes a millisecond off a report's HTML.
        let chapters = document.sections.concurrentMap { section in
            var text = HTMLText(capacity: Self.estimatedSize(section))
            chapter(section, into: &text)
            return text.html
        }
        for chapter in chapters { page.raw(chapter) }
        page.raw(
            "</main>\n<footer><p>Laget med KostraKit. Kilde for KOSTRA-tall: Statistisk sentralbyrå (SSB); ASSS-tall: KS.</p></footer>\n</body>\n</html>\n"
        )
        return page.html
    }

    private func titlePage(_ document: ReportDocument, contentsPages: [String: Int], into page: inout HTMLText) {
        page.raw("<header class=\"title-page\">\n  <p class=\"kicker\">")
        page.text(document.titlePage.kicker)
        page.raw("</p>\n  <h1>")
        page.text(document.titlePage.title)
        page.raw("</h1>\n  <dl class=\"facts\">\n    ")
        for fact in document.titlePage.facts {
            page.raw("<dt>")
            page.text(fact.label)
            page.raw("</dt><dd>")
            page.text(fact.value)
            page.raw("</dd>\n")
        }
        page.raw("  </dl>\n  <nav aria-labelledby=\"innhold\" class=\"contents\">\n    <h2 id=\"innhold\">Innhold</h2>\n    <ol>\n    ")
        for section in document.sections {
            page.raw("<li><a href=\"#")
            page.text(section.id)
            page.raw("\">")
            if let number = contentsPages[section.id] {
                page.raw("<span class=\"toc-title\">")
                page.text(section.title)
                page.raw("</span><span class=\"toc-fill\"></span><span class=\"toc-page\">\(number)</span>")
            } else {
                page.text(section.title)
            }
            page.raw("</a></li>\n")
        }
        page.raw("    </ol>\n  </nav>\n</header>\n")
    }

    /// A top-level section and its subsections; deeper levels are not part of a report.
    private func chapter(_ section: ReportSection, into page: inout HTMLText) {
        page.raw("<section aria-labelledby=\"")
        page.text(section.id)
        page.raw(section.startsOnNewPage ? "\" class=\"chapter new-page\">\n  <h2 id=\"" : "\" class=\"chapter\">\n  <h2 id=\"")
        page.text(section.id)
        page.raw("\">")
        page.text(section.title)
        page.raw("</h2>\n  ")
        for block in section.blocks { self.block(block, into: &page) }
        page.raw("\n")
        for subsection in section.subsections {
            page.raw("  <section aria-labelledby=\"")
            page.text(subsection.id)
            page.raw("\" class=\"subsection\">\n    <h3 id=\"")
            page.text(subsection.id)
            page.raw("\">")
            page.text(subsection.title)
            page.raw("</h3>\n    ")
            for block in subsection.blocks { self.block(block, into: &page) }
            page.raw("\n  </section>\n")
        }
        page.raw("</section>\n")
    }

    private func block(_ block: ReportBlock, into page: inout HTMLText) {
        switch block {
        case .paragraph(let paragraph):
            self.paragraph(paragraph, into: &page)
        case .list(let items):
            page.raw("<ul class=\"sentences\">\n")
            for item in items {
                page.raw("<li")
                opening(item, into: &page)
                page.text(item.text)
                foreign(item, into: &page)
                page.raw("</li>\n")
            }
            page.raw("</ul>\n")
        case .chart(let chart):
            // A group, not a second figure: the SVG inside is the figure and carries the alt text,
            // so a tagged PDF has no Figure without alternative text.
            page.raw("<figure class=\"chart\" role=\"group\">\n")
            page.raw(chart.svg)
            page.raw("\n")
            if let caption = chart.caption {
                page.raw("<figcaption>")
                page.text(caption)
                page.raw("</figcaption>")
            }
            page.raw("\n</figure>\n")
        case .table(let table):
            self.table(table, into: &page)
        }
    }

    /// A paragraph; an analyst's Markdown note becomes a `div` of its rendered HTML.
    private func paragraph(_ paragraph: ReportParagraph, into page: inout HTMLText) {
        if paragraph.isMarkdown {
            page.raw("<div class=\"")
            page.text(paragraph.kind.rawValue)
            page.raw("\">")
            if let badge = Self.badge(paragraph.kind) {
                page.raw("<p class=\"badge\">")
                page.text(badge)
                page.raw(":</p>")
            }
            page.raw(NoteMarkdown().html(paragraph.text))
            page.raw("</div>\n")
        } else {
            page.raw("<p")
            opening(paragraph, into: &page)
            page.text(paragraph.text)
            foreign(paragraph, into: &page)
            page.raw("</p>\n")
        }
    }

    /// Text in another language, marked with `lang` so screen readers switch pronunciation.
    private func foreign(_ paragraph: ReportParagraph, into page: inout HTMLText) {
        guard let foreign = paragraph.foreign else { return }
        page.raw(" <span lang=\"")
        page.text(foreign.language)
        page.raw("\">")
        page.text(foreign.text)
        page.raw("</span>")
    }

    /// The rest of a paragraph's or list item's opening tag: its class, its trace as a tooltip, and its badge.
    private func opening(_ paragraph: ReportParagraph, into page: inout HTMLText) {
        page.raw(" class=\"")
        page.text(paragraph.kind.rawValue)
        page.raw("\"")
        if let trace = paragraph.trace {
            page.raw(" title=\"")
            page.text(trace)
            page.raw("\"")
        }
        page.raw(">")
        if let badge = Self.badge(paragraph.kind) {
            page.raw("<span class=\"badge\">")
            page.text(badge)
            page.raw(":</span> ")
        }
    }

    private static func badge(_ kind: ReportParagraph.Kind) -> String? {
        switch kind {
        case .generated: "Generert"
        case .analystNote: "Analytikerens merknad"
        default: nil
        }
    }

    private func table(_ table: ReportTable, into page: inout HTMLText) {
        page.raw("<div class=\"table-block\">\n<table class=\"figures\">\n<caption>")
        page.text(table.caption)
        page.raw("</caption>\n<thead><tr>")
        for column in table.columns {
            page.raw(column.numeric ? "<th scope=\"col\" class=\"num\">" : "<th scope=\"col\" class=\"label\">")
            page.text(column.title)
            page.raw("</th>")
        }
        page.raw("</tr></thead>\n")
        // Each category is a `tbody` of its own, so its heading's `scope="rowgroup"` covers its rows.
        var bodyOpen = false
        // A cell's column is one to the right of its index: column 0 holds the row headers.
        let numeric = table.columns.dropFirst().map(\.numeric)
        for row in table.rows {
            if row.isGroupHeading {
                page.raw(bodyOpen ? "</tbody>\n<tbody>\n" : "<tbody>\n")
                bodyOpen = true
                page.raw("<tr class=\"category\"><th scope=\"rowgroup\" colspan=\"\(table.columns.count)\">")
                page.text(row.header)
                page.raw("</th></tr>\n")
                continue
            }
            if !bodyOpen {
                page.raw("<tbody>\n")
                bodyOpen = true
            }
            page.raw("<tr><th scope=\"row\" class=\"label\">")
            page.text(row.header)
            page.raw("</th>")
            for (index, cell) in row.cells.enumerated() {
                page.raw(index >= numeric.count || numeric[index] ? "<td class=\"num\">" : "<td class=\"label\">")
                page.figure(cell.text, negative: (cell.value ?? 0) < 0)
                page.raw("</td>")
            }
            page.raw("</tr>\n")
        }
        page.raw(bodyOpen ? "</tbody>\n</table>\n" : "<tbody></tbody>\n</table>\n")
        if let note = table.sourceNote {
            page.raw("<p class=\"note\">")
            page.text(note)
            page.raw("</p>")
        }
        page.raw("\n")
        for note in table.notes {
            page.raw("<p class=\"note\">")
            page.text(note)
            page.raw("</p>")
        }
        page.raw("\n</div>\n")
    }

    /// Room for a section's HTML, so the page grows once rather than doubling through a megabyte.
    private static func estimatedSize(_ section: ReportSection) -> Int {
        section.allBlocks.reduce(256) { size, block in
            switch block {
            case .chart(let chart): size + chart.svg.utf8.count + 256
            case .table(let table): size + 512 + table.rows.count * (64 + table.columns.count * 32)
            case .paragraph(let paragraph): size + paragraph.text.utf8.count + 128
            case .list(let items): size + items.reduce(64) { $0 + $1.text.utf8.count + 128 }
            }
        }
    }
}
