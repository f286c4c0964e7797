public import KostraModel

/// Revised figures as a Norwegian reader sees them: values in the indicator's unit and decimals,
/// the change with its sign, and each source with the day it was fetched or imported.
public struct RevisionFormatter: Sendable {
    public let definitions: Definitions
    public var numbers: NorwegianNumberFormat

    public init(definitions: Definitions, numbers: NorwegianNumberFormat = .standard) {
        self.definitions = definitions
        self.numbers = numbers
    }

    public func indicatorLabel(_ revision: FigureRevision) -> String {
        definitions.catalog.indicator(id: revision.key.indicator)?.displayShortLabel ?? revision.key.indicator
    }

    public func regionName(_ revision: FigureRevision) -> String {
        definitions.regions.region(id: revision.key.region)?.name ?? revision.key.region
    }

    /// A value with its unit, or SSB's symbol.
    public func value(_ value: Double?, status: StatusSymbol?, of revision: FigureRevision) -> String {
        guard let value else { return status?.symbol ?? ".." }
        guard let indicator = definitions.catalog.indicator(id: revision.key.indicator) else {
            return numbers.number(value, decimals: 2)
        }
        return numbers.value(value, unit: indicator.unit, decimals: indicator.decimals)
    }

    /// The change with its sign, in percentage points for percentages; empty where one side is a symbol.
    public func change(_ revision: FigureRevision) -> String {
        guard let change = revision.change else { return "" }
        let decimals = definitions.catalog.indicator(id: revision.key.indicator)?.decimals ?? 2
        let unit = definitions.catalog.indicator(id: revision.key.indicator)?.unit
        return numbers.signed(change, decimals: decimals) + (unit == .percent ? " pp" : "")
    }

    /// `SSB mars (15. mars 2024)`.
    public func source(_ source: DataSource) -> String {
        "\(source.title) (\(NorwegianDate.long(source.retrievedAt)))"
    }
}
