/// A plain-text table for terminals: columns padded to their widest cell.
public struct TextTable: Sendable {
    public enum Alignment: Sendable { case left, right }

    public var header: [String]
    public var alignments: [Alignment]
    public private(set) var lines: [Line] = []

    public enum Line: Sendable {
        case row([String])
        case heading(String)
    }

    public init(header: [String], alignments: [Alignment]) {
        self.header = header
        self.alignments = alignments
    }

    public mutating func append(_ cells: [String]) { lines.append(.row(cells)) }
    public mutating func appendHeading(_ text: String) { lines.append(.heading(text)) }

    /// The table as text, one line per row, with a rule under the header.
    public var text: String {
        var widths = header.map(\.count)
        for case .row(let cells) in lines {
            for (index, cell) in cells.enumerated() where index < widths.count {
                widths[index] = max(widths[index], cell.count)
            }
        }
        func render(_ cells: [String]) -> String {
            cells.enumerated().map { index, cell in
                let pad = String(repeating: " ", count: max(0, widths[index] - cell.count))
                return alignments[index] == .left ? cell + pad : pad + cell
            }.joined(separator: "  ").trimmingTrailingSpaces
        }
        var output = [render(header), String(repeating: "─", count: widths.reduce(0, +) + 2 * (widths.count - 1))]
        for line in lines {
            switch line {
            case .row(let cells): output.append(render(cells))
            case .heading(let text): output.append(""); output.append(text)
            }
        }
        return output.joined(separator: "\n") + "\n"
    }
}

extension String {
    var trimmingTrailingSpaces: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
