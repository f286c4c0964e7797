import Foundation
public import KostraModel

/// SYNTHETIC: 357 invented municipalities ("Syntetisk kommune 17") in invented networks of
/// about twelve, with every catalogue indicator for ten years. Nothing here is real statistics;
/// it only has the shape and size of a national KOSTRA extract, for the benchmark (kostra-bench)
/// and the tests that compare the national profile with its plain reference.
public struct SyntheticNation: Sendable {
    public static let municipalityCount = 357
    public static let networkSize = 12
    public static let years = 2015...2024
    public static let seed: UInt64 = 357_2024

    public let definitions: Definitions
    public let municipalities: [Region]
    public let networks: [Network]
    /// Every figure, municipality by municipality, indicator by indicator, year by year.
    public let observations: [Observation]

    public init(catalog: IndicatorCatalog) {
        let municipalities = (1...Self.municipalityCount).map { number in
            Region(
                id: Self.regionID(number), kind: .municipality, name: "Syntetisk kommune \(number)",
                codes: [DatedCode(code: String(9000 + number))])
        }
        self.municipalities = municipalities
        let networks = stride(from: 0, to: Self.municipalityCount, by: Self.networkSize).enumerated().map { offset, start in
            let members = municipalities[start..<min(start + Self.networkSize, Self.municipalityCount)]
            return Network(
                id: "syn-n\(offset + 1)", name: "Syntetisk nettverk \(offset + 1)",
                longName: "Syntetisk nettverk \(offset + 1)", averageLabel: "Snitt syntetisk nettverk \(offset + 1)",
                members: members.map { NetworkMembership(region: $0.id) }, source: "Syntetiske testdata (KostraKit)")
        }
        self.networks = networks
        definitions = Definitions(regions: RegionRegistry(regions: municipalities), networks: networks, catalog: catalog)
        var random = SeededRandom(seed: Self.seed)
        var observations: [Observation] = []
        observations.reserveCapacity(Self.municipalityCount * catalog.indicators.count * Self.years.count)
        for region in municipalities {
            for indicator in catalog.indicators {
                for year in Self.years {
                    observations.append(Self.figure(indicator, region: region.id, year: year, random: &random))
                }
            }
        }
        self.observations = observations
    }

    public static func regionID(_ number: Int) -> RegionID {
        "syn-k" + String(repeating: "0", count: 3 - String(number).count) + String(number)
    }

    /// The network each municipality belongs to.
    public func network(of region: RegionID) -> Network? {
        networks.first { network in network.members.contains { $0.region == region } }
    }

    private static func figure(_ indicator: Indicator, region: RegionID, year: Int, random: inout SeededRandom) -> Observation {
        let draw = random.unit()
        if draw < 0.02 { return Observation(indicator: indicator.id, region: region, year: year, value: nil, status: .missing) }
        if draw < 0.025 { return Observation(indicator: indicator.id, region: region, year: year, value: nil, status: .confidential) }
        switch indicator.averaging {
        case .sum:
            return Observation(indicator: indicator.id, region: region, year: year, value: (random.uniform(100...100_000)).rounded())
        case .unweighted:
            return Observation(indicator: indicator.id, region: region, year: year, value: random.uniform(0.5...30))
        case .weighted:
            let denominator = random.uniform(1_000...80_000).rounded()
            let numerator = (denominator * random.uniform(0.01...0.4)).rounded()
            return Observation(
                indicator: indicator.id, region: region, year: year,
                value: indicator.ratio(numerator: numerator, denominator: denominator), numerator: numerator,
                denominator: denominator)
        }
    }

    /// The figures as CSV for the pandas baseline: one row per figure with the municipality's network.
    public func csv() -> String {
        var networkOf: [RegionID: String] = [:]
        for network in networks { for member in network.members { networkOf[member.region] = network.id } }
        var lines = ["indicator,region,network,year,value,numerator,denominator,status"]
        lines.reserveCapacity(observations.count + 1)
        func text(_ value: Double?) -> String { value.map { String($0) } ?? "" }
        for o in observations {
            lines.append(
                "\(o.indicator),\(o.region),\(networkOf[o.region] ?? ""),\(o.year),\(text(o.value)),\(text(o.numerator)),\(text(o.denominator)),\(o.status?.rawValue ?? "")"
            )
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
