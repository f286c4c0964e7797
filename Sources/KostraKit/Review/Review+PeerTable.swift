public import KostraAnalysis
import KostraModel

extension Review {
    /// A municipality against named peers, the network average and (optionally) Norway on
    /// `indicators`, each at `year` or else the newest year the municipality has a figure for it.
    public func peerTable(
        of name: some MunicipalityReference, indicators ids: [String], peers peerNames: [String] = [], network networkName: String? = "asss",
        national: Bool = false, year: Int? = nil
    ) async throws -> IndicatorComparisonTable {
        let (municipality, peers) = try await municipalityAndPeers(name, peers: peerNames)
        let network = try optionalNetwork(networkName)
        var columns: [IndicatorComparisonTable.Column] = []
        for id in ids {
            let indicator = try definitions.catalog.require(id)
            if let year {
                columns.append(.init(indicator: indicator, year: year))
            } else if let latest = try await latestYear(of: indicator, region: municipality) {
                columns.append(.init(indicator: indicator, year: latest))
            } else {
                throw ReviewError.noFigures(indicator: "\(indicator.label) (\(indicator.id))", region: municipality.name)
            }
        }
        func cell(_ figure: ReviewFigure) -> IndicatorComparisonTable.Row.Cell {
            .init(value: figure.value, source: figure.value == nil ? (figure.note ?? "mangler") : figure.source)
        }
        var rows: [IndicatorComparisonTable.Row] = []
        let regions = [(municipality, IndicatorComparisonTable.Row.Role.municipality)] + peers.map { ($0, .peer) }
        for (region, role) in regions {
            var cells: [IndicatorComparisonTable.Row.Cell] = []
            for column in columns {
                cells.append(cell(try await storedFigure(column.indicator, region: region, year: column.year)))
            }
            rows.append(.init(name: region.name, role: role, cells: cells))
        }
        if let network {
            var cells: [IndicatorComparisonTable.Row.Cell] = []
            for column in columns {
                cells.append(cell(try await networkFigure(column.indicator, network: network, year: column.year)))
            }
            rows.append(.init(name: network.averageLabel, role: .network, cells: cells))
        }
        if national {
            guard let norway = definitions.regions.region(id: "norge") else {
                throw KitError.damagedInstallation("the region 'norge' (EAK) is not in regions.json")
            }
            var cells: [IndicatorComparisonTable.Row.Cell] = []
            for column in columns {
                cells.append(cell(try await storedFigure(column.indicator, region: norway, year: column.year)))
            }
            rows.append(.init(name: "Norge", role: .national, cells: cells))
        }
        return IndicatorComparisonTable(columns: columns, rows: rows)
    }
}
