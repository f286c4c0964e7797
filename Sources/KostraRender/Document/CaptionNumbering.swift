extension ReportDocument {
    /// The document with its figures and tables numbered in reading order, «Figur 3. …» and
    /// «Tabell 5. …», so text, readers and the spreadsheet's sheet names (which start with the
    /// table's number) can refer to them. Every format shows the same numbers.
    public func numberingCaptions() -> ReportDocument {
        var document = self
        var counter = (figures: 0, tables: 0)
        document.sections = sections.map { $0.numberingCaptions(&counter) }
        return document
    }
}

extension ReportSection {
    func numberingCaptions(_ counter: inout (figures: Int, tables: Int)) -> ReportSection {
        var section = self
        section.blocks = blocks.map { block in
            switch block {
            case .chart(var chart):
                counter.figures += 1
                chart.caption = "Figur \(counter.figures). " + (chart.caption ?? chart.title)
                return .chart(chart)
            case .table(var table):
                counter.tables += 1
                table.caption = "Tabell \(counter.tables). " + table.caption
                return .table(table)
            default:
                return block
            }
        }
        section.subsections = subsections.map { $0.numberingCaptions(&counter) }
        return section
    }
}
