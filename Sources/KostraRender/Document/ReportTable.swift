public import KostraModel

/// A table with its numbers kept as numbers: each cell holds the value and the Norwegian text.
public struct ReportTable: Sendable, Hashable {
    /// A stable id, also the base of CSV file names, e.g. `nokkeltall`.
    public var id: String
    public var caption: String
    /// A short name (at most 31 characters) for the spreadsheet tab.
    public var sheetName: String
    public var columns: [ReportColumn]
    public var rows: [ReportRow]
    /// Where the figures come from, e.g. `Kilde: SSB, KOSTRA; KS, ASSS`.
    public var sourceNote: String?
    /// Notes printed under the table (symbols, averaging marks).
    public var notes: [String]

    public init(
        id: String, caption: String, sheetName: String, columns: [ReportColumn], rows: [ReportRow], sourceNote: String? = nil,
        notes: [String] = []
    ) {
        self.id = id
        self.caption = caption
        self.sheetName = sheetName
        self.columns = columns
        self.rows = rows
        self.sourceNote = sourceNote
        self.notes = notes
    }
}

/// A column header. The first column holds the row headers.
public struct ReportColumn: Sendable, Hashable {
    public var title: String
    /// Whether the column holds numbers (right-aligned, stored as numbers in spreadsheets).
    public var numeric: Bool

    public init(_ title: String, numeric: Bool = true) {
        self.title = title
        self.numeric = numeric
    }
}

/// A row: a header cell and one cell per remaining column, or a group heading spanning the table.
public struct ReportRow: Sendable, Hashable {
    public var header: String
    public var cells: [ReportCell]
    /// A row that only names the group of rows below it, e.g. `Dekningsgrader`.
    public var isGroupHeading: Bool

    public init(header: String, cells: [ReportCell]) {
        self.header = header
        self.cells = cells
        self.isGroupHeading = false
    }

    /// A row naming the group of rows that follow.
    public static func group(_ name: String) -> ReportRow {
        var row = ReportRow(header: name, cells: [])
        row.isGroupHeading = true
        return row
    }
}

/// One cell: the value (when it is a number) and the text a reader sees.
public struct ReportCell: Sendable, Hashable {
    /// The number, or `nil` for text or a missing figure (then `text` holds SSB's symbol).
    public var value: Double?
    /// The Norwegian display text, e.g. `kr 70 784`, `9,7 %`, `..`.
    public var text: String
    /// How the number is printed: its unit and decimals (for spreadsheet number formats).
    public var unit: IndicatorUnit?
    public var decimals: Int
    /// Whether the number is a change or a difference, shown with its sign (`+15,0 %`), so a
    /// spreadsheet gets a format with an explicit `+` for positives.
    public var signed: Bool

    public init(value: Double?, text: String, unit: IndicatorUnit? = nil, decimals: Int = 0, signed: Bool = false) {
        self.value = value
        self.text = text
        self.unit = unit
        self.decimals = decimals
        self.signed = signed
    }

    /// A text-only cell.
    public static func text(_ text: String) -> ReportCell {
        ReportCell(value: nil, text: text)
    }

    /// A figure in a unit, printed the Norwegian way; a missing figure shows SSB's symbol.
    /// `showsUnit: false` prints the bare number for tables that name the unit in a row or
    /// column header (``IndicatorUnit/tableHeaderSuffix``); the cell still knows its unit, so a
    /// spreadsheet formats it.
    public static func figure(
        _ value: Double?, unit: IndicatorUnit, decimals: Int, status: StatusSymbol? = nil, format: NorwegianNumberFormat = .standard,
        showsUnit: Bool = true
    ) -> ReportCell {
        guard let value else { return ReportCell(value: nil, text: (status ?? .missing).rawValue, unit: unit, decimals: decimals) }
        let text = showsUnit ? format.value(value, unit: unit, decimals: decimals) : format.number(value, decimals: decimals)
        return ReportCell(value: value, text: text, unit: unit, decimals: decimals)
    }

    /// A plain number (an index, a count) without unit text.
    public static func number(_ value: Double?, decimals: Int, format: NorwegianNumberFormat = .standard) -> ReportCell {
        guard let value else { return ReportCell(value: nil, text: StatusSymbol.missing.rawValue, decimals: decimals) }
        return ReportCell(value: value, text: format.number(value, decimals: decimals), unit: nil, decimals: decimals)
    }
}

extension IndicatorUnit {
    /// The unit as a table's row or column header names it, e.g. ` (kr)`, ` (%)`; empty for units
    /// whose figures print without a unit sign (counts, months, indices, «per 1 000» in the label).
    public var tableHeaderSuffix: String {
        switch self {
        case .kroner: " (kr)"
        case .thousandKroner: " (1 000 kr)"
        case .percent: " (%)"
        default: ""
        }
    }
}

extension Indicator {
    /// The label with the unit as a table header names it, e.g. `Stønad per mottaker (kr)`; SSB's
    /// key-figure labels carry the unit already (`Frie inntekter per innbygger (kr)`) and keep it once.
    public var labelWithTableUnit: String {
        label.hasSuffix(unit.tableHeaderSuffix) ? label : label + unit.tableHeaderSuffix
    }
}
