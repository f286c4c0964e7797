import Foundation
import KostraModel
import KostraRender

/// Lists the definitions (regions, networks, indicators) for `kostra regions` and `kostra indicators`.
public enum CatalogListing {
    public enum Format: Sendable { case table, csv, json }

    /// Every known region with its codes and the years they were valid, then the networks.
    public static func regions(format: Format) throws -> String {
        let definitions = try Definitions.bundled()
        let regions = definitions.regions.regions
        let codes = { (region: Region) in region.codes.map(describe).joined(separator: ", ") }
        let kindLabel: [RegionKind: String] = [.municipality: "kommune", .kostraGroup: "KOSTRA-gruppe", .country: "landet"]
        switch format {
        case .json:
            return try json(Listing(regions: regions.map(RegionJSON.init), networks: definitions.networks.map(NetworkJSON.init)))
        case .csv:
            var csv = CSVWriter()
            csv.append(["id", "navn", "type", "koder", "slått sammen med", "gikk inn i"])
            for region in regions {
                csv.append([
                    region.id, region.name, kindLabel[region.kind] ?? "", codes(region),
                    (region.mergers ?? []).map { "\($0.predecessors.joined(separator: ", ")) (\($0.year))" }.joined(separator: "; "),
                    region.successor ?? "",
                ])
            }
            return csv.text
        case .table:
            var table = TextTable(header: ["Navn", "Type", "Koder", "Sammenslåing"], alignments: [.left, .left, .left, .left])
            for region in regions {
                let merger = (region.mergers ?? []).map { merger in
                    "med " + merger.predecessors.map { definitions.regions.region(id: $0)?.name ?? $0 }.joined(separator: ", ")
                        + " fra \(merger.year)"
                }.joined(separator: "; ")
                let successor = region.successor.map { "inngår i \(definitions.regions.region(id: $0)?.name ?? $0)" } ?? ""
                table.append([region.name, kindLabel[region.kind] ?? "", codes(region), merger.isEmpty ? successor : merger])
            }
            var text = table.text + "\nNettverk:\n"
            for network in definitions.networks {
                let members = network.members.map { member -> String in
                    let name = definitions.regions.region(id: member.region)?.name ?? member.region
                    return member.from.map { "\(name) (fra \($0))" } ?? name
                }
                text += "  \(network.name): \(members.joined(separator: ", "))\n  Kilde: \(network.source)\n"
            }
            return text
        }
    }

    /// The indicator catalogue: id, label, unit, category, averaging and polarity.
    public static func indicators(format: Format, includeBaseFigures: Bool) throws -> String {
        let definitions = try Definitions.bundled()
        let indicators = definitions.catalog.indicators.filter { includeBaseFigures || !$0.isBaseFigure }
        switch format {
        case .json:
            return try json(indicators)
        case .csv:
            var csv = CSVWriter()
            csv.append(["id", "indikator", "enhet", "kategori", "desimaler", "snitt", "retning", "formel", "SSB-tabeller"])
            for indicator in indicators {
                csv.append([
                    indicator.id, indicator.label, indicator.unit.norwegianLabel, indicator.category,
                    String(indicator.decimals), indicator.averaging.rawValue, indicator.polarity.rawValue,
                    indicator.formula, indicator.ssbTables.joined(separator: ", "),
                ])
            }
            return csv.text
        case .table:
            var table = TextTable(header: ["Id", "Indikator", "Enhet", "Snitt"], alignments: [.left, .left, .left, .left])
            for category in definitions.catalog.categories {
                let inCategory = indicators.filter { $0.category == category }
                guard !inCategory.isEmpty else { continue }
                table.appendHeading(category)
                for indicator in inCategory {
                    table.append([
                        indicator.id, indicator.displayShortLabel + (indicator.isStarred ? " *" : ""),
                        indicator.unit.norwegianLabel, indicator.averaging.rawValue,
                    ])
                }
            }
            return table.text + "\n* uvektet snitt (ferdig beregnede nøkkeltall); ellers vektet: sum av tellere / sum av nevnere.\n"
        }
    }

    private static func describe(_ code: DatedCode) -> String {
        if let from = code.from, let to = code.to { return "\(code.code) (\(from)–\(to))" }
        if let from = code.from { return "\(code.code) (\(from)–)" }
        if let to = code.to { return "\(code.code) (–\(to))" }
        return code.code
    }

    private static func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }

    private struct Listing: Encodable {
        var regions: [RegionJSON]
        var networks: [NetworkJSON]
    }

    private struct RegionJSON: Encodable {
        var id, name, kind: String
        var codes: [DatedCode]
        var mergers: [Merger]?
        var successor: String?
        init(_ region: Region) {
            id = region.id
            name = region.name
            kind = region.kind.rawValue
            codes = region.codes
            mergers = region.mergers
            successor = region.successor
        }
    }

    private struct NetworkJSON: Encodable {
        var id, name: String
        var members: [NetworkMembership]
        var source: String
        init(_ network: Network) {
            id = network.id
            name = network.name
            members = network.members
            source = network.source
        }
    }
}
