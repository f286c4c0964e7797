public import KostraFetch

/// The text `kostra tables search` and `kostra table` print.
public enum TableBrowseText {
    /// One page of a table search.
    public static func list(_ list: TableList, words: String) -> String {
        var lines = [
            "\(list.totalElements) table\(list.totalElements == 1 ? "" : "s") match «\(words)»; page \(list.pageNumber) of \(max(list.totalPages, 1))."
        ]
        for table in list.tables {
            let periods = [table.firstPeriod, table.lastPeriod].compactMap { $0 }.joined(separator: "–")
            let gone = table.discontinued ? " [discontinued]" : ""
            lines.append("\(table.id)  \(table.label)\(periods.isEmpty ? "" : " (\(periods))")\(gone)")
        }
        if list.pageNumber < list.totalPages {
            lines.append("Next page: --page \(list.pageNumber + 1).")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A table's dimensions.
    public static func dimensions(_ metadata: TableMetadata) -> String {
        var lines = [metadata.label]
        if let updated = metadata.updated { lines.append("Updated \(PartResolution.day(updated)).") }
        for dimension in metadata.dimensions {
            let required = dimension.elimination == false ? ", must be selected" : dimension.elimination == true ? ", may be left out" : ""
            let sample = dimension.codes.prefix(3).map { "\($0) «\(dimension.label(of: $0))»" }.joined(separator: ", ")
            lines.append("\(dimension.id) «\(dimension.label)»: \(dimension.codes.count) codes\(required); e.g. \(sample)")
        }
        lines.append("List a dimension's codes with --dimension ID.")
        return lines.joined(separator: "\n") + "\n"
    }

    /// One page of a dimension's codes and labels.
    public static func codes(_ dimension: TableMetadata.Dimension, table: TableMetadata, page: Int, pageSize: Int) -> String {
        let pages = max(1, (dimension.codes.count + pageSize - 1) / pageSize)
        var lines = ["\(table.table) \(dimension.id) «\(dimension.label)»: \(dimension.codes.count) codes; page \(min(page, pages)) of \(pages)."]
        let start = (page - 1) * pageSize
        if start < dimension.codes.count {
            for code in dimension.codes[start..<min(start + pageSize, dimension.codes.count)] {
                lines.append("\(code)  \(dimension.label(of: code))")
            }
        }
        if page < pages { lines.append("Next page: --page \(page + 1).") }
        return lines.joined(separator: "\n") + "\n"
    }
}
