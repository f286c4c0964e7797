import Foundation
import KostraModel

/// The start page's choices: every municipality (those with figures first chosen), recent years and
/// what to compare with: a network, a KOSTRA group, the country or the user's own peers.
struct StartView {
    struct Choice {
        var id, name, code: String
        var selected: Bool
    }

    struct NetworkChoice {
        var id, longName: String
        var selected: Bool
    }

    var pageTitle = "Velg kommune"
    var municipalities: [Choice]
    var years: [Int]
    var networks: [NetworkChoice]
    /// KOSTRA groups whose figures SSB publishes (compared as published, never averaged here).
    var groups: [NetworkChoice]
    /// Municipalities to pick as peers: those with figures first, then the rest.
    var peers: [Choice]
    var withFigures: String

    init(definitions: Definitions, municipalitiesWithFigures: [RegionID], years: [Int]) {
        let first = municipalitiesWithFigures.first
        municipalities = definitions.regions.municipalities.filter { $0.successor == nil }.map {
            Choice(id: $0.id, name: $0.name, code: $0.currentCode, selected: $0.id == first)
        }
        self.years = years
        networks = definitions.networks.map { NetworkChoice(id: $0.id, longName: $0.longName, selected: $0.id == "asss") }
        groups = definitions.regions.regions.filter { $0.kind == .kostraGroup }.map {
            NetworkChoice(id: $0.id, longName: $0.name, selected: false)
        }
        let withData = Set(municipalitiesWithFigures)
        peers = municipalities.filter { withData.contains($0.id) } + municipalities.filter { !withData.contains($0.id) }
        for index in peers.indices { peers[index].selected = false }
        let names = municipalitiesWithFigures.compactMap { definitions.regions.region(id: $0)?.name }.sorted()
        withFigures = names.isEmpty ? "ingen ennå" : names.joined(separator: ", ")
    }
}
