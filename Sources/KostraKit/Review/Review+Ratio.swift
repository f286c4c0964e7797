public import KostraAnalysis
import KostraModel

extension Review {
    /// One indicator over another for a municipality, named peers and a network, each figure
    /// rounded as the reader sees it before dividing, and the ratio rounded to `decimals`.
    ///
    /// - Parameters:
    ///   - year: the year of both figures, unless `numeratorYear` or `denominatorYear` says otherwise
    ///     (the review divides an AAP share of February 2021 by a social-assistance share of 2020).
    public func ratio(
        numerator numeratorID: String, denominator denominatorID: String, of name: some MunicipalityReference, year: Int,
        numeratorYear: Int? = nil, denominatorYear: Int? = nil, peers peerNames: [String] = [],
        network networkName: String? = "asss", decimals: Int = 1
    ) async throws -> IndicatorRatioComparison {
        let numerator = try definitions.catalog.require(numeratorID)
        let denominator = try definitions.catalog.require(denominatorID)
        let (municipality, peers) = try await municipalityAndPeers(name, peers: peerNames)
        let network = try optionalNetwork(networkName)
        let topYear = numeratorYear ?? year
        let bottomYear = denominatorYear ?? year

        var entries: [RatioTable.Entry] = []
        var rows: [IndicatorRatioComparison.RowInfo] = []
        func add(_ regionName: String, _ role: IndicatorRatioComparison.RowInfo.Role, _ top: ReviewFigure, _ bottom: ReviewFigure) {
            // Divide the figures as printed, so 1,9 / 2,6 gives the 0,7 a reader can check by hand.
            entries.append(
                RatioTable.Entry(
                    region: regionName,
                    numerator: top.value.map { NorwegianNumberFormat.round($0, decimals: numerator.decimals) },
                    denominator: bottom.value.map { NorwegianNumberFormat.round($0, decimals: denominator.decimals) }))
            let sources = [top, bottom].map { $0.value == nil ? ($0.note ?? "mangler") : $0.source }
            let source = sources[0] == sources[1] ? sources[0] : "teller: \(sources[0]); nevner: \(sources[1])"
            rows.append(.init(region: regionName, role: role, source: source))
        }
        for (region, role) in [(municipality, IndicatorRatioComparison.RowInfo.Role.municipality)] + peers.map({ ($0, .peer) }) {
            add(
                region.name, role,
                try await storedFigure(numerator, region: region, year: topYear),
                try await storedFigure(denominator, region: region, year: bottomYear))
        }
        if let network {
            add(
                network.averageLabel, .network,
                try await networkFigure(numerator, network: network, year: topYear),
                try await networkFigure(denominator, network: network, year: bottomYear))
        }
        let table = try RatioTable(
            numeratorLabel: IndicatorRatioComparison.label(numerator, year: topYear),
            denominatorLabel: IndicatorRatioComparison.label(denominator, year: bottomYear),
            entries: entries, decimals: decimals)
        return IndicatorRatioComparison(
            numerator: numerator, denominator: denominator, numeratorYear: topYear, denominatorYear: bottomYear,
            table: table, rows: rows)
    }
}
