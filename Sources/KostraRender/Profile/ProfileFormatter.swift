public import KostraAnalysis
public import KostraModel

/// Turns profile figures into the text a Norwegian reader sees.
public struct ProfileFormatter: Sendable {
    public var numbers: NorwegianNumberFormat

    public init(numbers: NorwegianNumberFormat = .standard) {
        self.numbers = numbers
    }

    /// A figure with its unit (`kr 5 881`, `2,6 %`, `0,877`), or an SSB symbol, or an empty cell.
    public func value(_ value: Double?, of indicator: Indicator, status: StatusSymbol? = nil) -> String {
        guard let value else { return status?.symbol ?? "" }
        return numbers.value(value, unit: indicator.unit, decimals: indicator.decimals)
    }

    /// A figure without its unit, for table columns whose header names the unit.
    public func plain(_ value: Double?, of indicator: Indicator, status: StatusSymbol? = nil) -> String {
        guard let value else { return status?.symbol ?? "" }
        return numbers.number(value, decimals: indicator.decimals)
    }

    /// An index as the profile chart prints it: a whole number.
    public func index(_ value: Double?) -> String {
        value.map { numbers.number($0, decimals: 0) } ?? ""
    }

    /// The place among the network's members, e.g. `4. av 11`, or `3. av 12 etter verdi` where the
    /// indicator has no polarity (so the place is not a judgement).
    public func rank(_ rank: RankPosition?) -> String {
        guard let rank else { return "" }
        return rank.shortText + (rank.order.judgesBetter ? "" : " etter verdi")
    }

    /// An arrow for the change against the previous year.
    public func arrow(_ change: YearChange?) -> String {
        switch change?.direction {
        case .up: "↑"
        case .down: "↓"
        case .unchanged: "→"
        case nil: ""
        }
    }

    /// The change's judgement in Norwegian, where the indicator has a polarity.
    public func judgement(_ change: YearChange?) -> String {
        switch change?.judgement {
        case .better: "bedre"
        case .worse: "svakere"
        default: ""
        }
    }

    /// How the row's average was made, e.g. `vektet, 12 kommuner` or `publisert (ASSS)`.
    public func averageNote(_ average: AverageResult?) -> String {
        guard let average else { return "" }
        switch average.source {
        case .published: return "publisert"
        case .computed:
            let method = average.method == .weighted ? "vektet" : average.method == .unweighted ? "uvektet" : "sum"
            return "\(method), \(NorwegianCount.municipalities(average.contributors.count))"
        }
    }
}
