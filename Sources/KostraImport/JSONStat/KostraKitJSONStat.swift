public import KostraModel

/// Reads back the JSON-stat datasets KostraKit writes (`kostra export --format jsonstat`): the
/// dimensions `region`, `indicator`, `year` and optionally `basis`, with catalogue ids and
/// KostraKit's region ids, so no SSB recipe is needed to know what a cell is.
///
/// Every cell that is not stored is counted with its reason: an empty cell (neither a number
/// nor a symbol), a region or indicator KostraKit does not know, or a text cell (the model
/// holds numbers only, so a text is reported, never turned into a number).
public enum KostraKitJSONStat {
    /// Whether the dataset has the shape KostraKit writes and every indicator is in the catalogue.
    public static func isKostraKitDataset(_ dataset: JSONStatDataset, catalog: IndicatorCatalog) -> Bool {
        let ids = Set(dataset.ids)
        guard ids == ["region", "indicator", "year"] || ids == ["region", "indicator", "year", "basis"],
            let indicators = dataset.dimension("indicator")
        else { return false }
        return indicators.codes.allSatisfy { catalog.indicator(id: $0) != nil }
    }

    /// The dataset's figures, with the cells that were not stored and why.
    public static func figures(from dataset: JSONStatDataset, definitions: Definitions) -> PublishedFigures {
        guard let region = dataset.ids.firstIndex(of: "region"), let indicator = dataset.ids.firstIndex(of: "indicator"),
            let year = dataset.ids.firstIndex(of: "year")
        else { return PublishedFigures() }
        let basis = dataset.ids.firstIndex(of: "basis")
        let regions = dataset.dimensions[region].codes.map { code in
            definitions.regions.region(id: code)?.id
        }
        var figures = PublishedFigures()
        dataset.forEachCell { cell in
            let codes = zip(dataset.dimensions, cell.positions).map { $0.codes[$1] }
            let place = zip(dataset.ids, codes).map { "\($0)=\($1)" }.joined(separator: ", ")
            if let text = dataset.text(at: cell.flatIndex) {
                figures.skipped.append(SkippedCell(place: place + " («\(text.prefix(40))»)", reason: JSONStatDataset.textCellReason))
                return
            }
            guard cell.value != nil || cell.status?.symbol != nil else {
                let reason = cell.status.map { "the status '\($0.rawValue)' is not one of SSB's symbols and there is no value" }
                figures.skipped.append(SkippedCell(place: place, reason: reason ?? "the cell is empty (no value, no status)"))
                return
            }
            guard let regionID = regions[cell.positions[region]] else {
                figures.skipped.append(SkippedCell(place: place, reason: "the region is not one KostraKit knows"))
                return
            }
            guard let yearNumber = Int(codes[year]) else {
                figures.skipped.append(SkippedCell(place: place, reason: "the year is not a year"))
                return
            }
            let priceBasis = basis.map { PriceBasis(rawValue: codes[$0]) } ?? .nominal
            guard let priceBasis else {
                figures.skipped.append(SkippedCell(place: place, reason: "the price basis is not one KostraKit knows"))
                return
            }
            figures.observations.append(
                Observation(
                    indicator: codes[indicator], region: regionID, year: yearNumber, basis: priceBasis, value: cell.value,
                    status: cell.status?.symbol))
        }
        return figures
    }
}
