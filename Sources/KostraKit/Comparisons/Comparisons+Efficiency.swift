import Foundation
public import KostraAnalysis
import KostraModel

extension Comparisons {
    private struct PublishedEfficiencyFile: Decodable {
        struct Figure: Decodable {
            var municipality: RegionID
            var year: Int
            var network: String
            var productionPercent: Double
            var expenditurePercent: Double
            var efficiencyPercent: Double
            var efficiencyDecimals: Int
            var source: String
        }

        var figures: [Figure]
    }

    /// Relative efficiency against the network from production and expenditure in percent
    /// above (+) or below (−) the network. Inputs not given are taken from the bundled
    /// published figures (`published-efficiency.json`); the published efficiency, where one
    /// exists, is shown beside the computed one, never fitted to it.
    public func efficiency(
        of name: some MunicipalityReference, year: Int, productionPercent: Double? = nil, expenditurePercent: Double? = nil,
        publishedPercent: Double? = nil, publishedSource: String? = nil
    ) async throws -> EfficiencyReport {
        let municipality = try resolve.municipality(name)
        let bundled = try Self.publishedEfficiency().first { $0.municipality == municipality.id && $0.year == year }
        guard let production = productionPercent ?? bundled?.productionPercent,
            let expenditure = expenditurePercent ?? bundled?.expenditurePercent
        else {
            var missing: [String] = []
            if productionPercent == nil {
                missing.append(
                    "production relative to ASSS for \(municipality.name) in \(year) — give it with --production-percent "
                        + "(e.g. 12,5 for 12,5 % above; no production index is bundled for this municipality and year)")
            }
            if expenditurePercent == nil {
                missing.append(
                    "corrected gross expenditure relative to ASSS for \(municipality.name) in \(year) — give it with "
                        + "--expenditure-percent (e.g. -2,2 for 2,2 % below)")
            }
            throw KitError.missingInputs(analysis: "Relative efficiency", missing: missing)
        }
        let given = productionPercent != nil || expenditurePercent != nil
        let source = given ? "oppgitt av brukeren" : (bundled?.source ?? "")
        let efficiency = try RelativeEfficiency(
            region: municipality.name, networkName: bundled?.network ?? "ASSS",
            productionPercentAboveNetwork: production, expenditurePercentAboveNetwork: expenditure)
        var comparison: PublishedFigureComparison?
        if let published = publishedPercent ?? bundled?.efficiencyPercent {
            comparison = try efficiency.compared(
                withPublishedPercentAbove: published,
                publishedDecimals: publishedPercent == nil ? (bundled?.efficiencyDecimals ?? 0) : 1,
                source: publishedPercent == nil ? (bundled?.source ?? "") : (publishedSource ?? "oppgitt av brukeren"))
        }
        return EfficiencyReport(year: year, efficiency: efficiency, inputSource: source, published: comparison)
    }

    private static func publishedEfficiency() throws -> [PublishedEfficiencyFile.Figure] {
        let url = try kitResources().appendingPathComponent("published-efficiency.json")
        do {
            return try JSONDecoder().decode(PublishedEfficiencyFile.self, from: Data(contentsOf: url)).figures
        } catch {
            throw KitError.damagedInstallation("published-efficiency.json cannot be read: \(error)")
        }
    }
}
