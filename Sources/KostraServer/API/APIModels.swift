import Foundation
import KostraAnalysis
import KostraKit
import KostraModel
import KostraNarrative

/// The JSON API's bodies. Field names are part of the API (documented in openapi.json): rename none.
enum APIModels {
    struct DatedCode: Codable, Sendable {
        var code: String
        @Nullable var from: Int?
        @Nullable var to: Int?
    }

    struct RegionItem: Codable, Sendable {
        var id: String
        var name: String
        var kind: String
        var codes: [DatedCode]
        @Nullable var successor: String?
    }

    struct NetworkMember: Codable, Sendable {
        var region: String
        @Nullable var from: Int?
        @Nullable var to: Int?
    }

    struct NetworkItem: Codable, Sendable {
        var id: String
        var name: String
        var longName: String
        var members: [NetworkMember]
        var source: String
    }

    struct Regions: Codable, Sendable {
        var regions: [RegionItem]
        var networks: [NetworkItem]

        init(_ definitions: Definitions) {
            regions = definitions.regions.regions.map { region in
                RegionItem(
                    id: region.id, name: region.name, kind: region.kind.rawValue,
                    codes: region.codes.map { DatedCode(code: $0.code, from: $0.from, to: $0.to) }, successor: region.successor)
            }
            networks = definitions.networks.map { network in
                NetworkItem(
                    id: network.id, name: network.name, longName: network.longName,
                    members: network.members.map { NetworkMember(region: $0.region, from: $0.from, to: $0.to) }, source: network.source)
            }
        }
    }

    struct IndicatorItem: Codable, Sendable {
        var id: String
        var label: String
        var shortLabel: String
        var unit: String
        var category: String
        var decimals: Int
        var polarity: String
        var averaging: String
        var formula: String
        var ssbTables: [String]
        @Nullable var note: String?

        init(_ indicator: Indicator) {
            id = indicator.id
            label = indicator.label
            shortLabel = indicator.displayShortLabel
            unit = indicator.unit.rawValue
            category = indicator.category
            decimals = indicator.decimals
            polarity = indicator.polarity.rawValue
            averaging = indicator.averaging.rawValue
            formula = indicator.formula
            ssbTables = indicator.ssbTables
            note = indicator.note
        }
    }

    struct Indicators: Codable, Sendable {
        var indicators: [IndicatorItem]
    }

    struct Source: Codable, Sendable {
        var kind: String
        var title: String
        var retrievedAt: Date
        @Nullable var preliminary: Bool?
    }

    struct ObservationItem: Codable, Sendable {
        var indicator: String
        var region: String
        var year: Int
        var basis: String
        @Nullable var value: Double?
        @Nullable var numerator: Double?
        @Nullable var denominator: Double?
        /// SSB's symbol (`.`, `..`, `:`, `-`) when there is no value.
        @Nullable var status: String?
        @Nullable var source: Source?

        init(_ observation: Observation) {
            indicator = observation.indicator
            region = observation.region
            year = observation.year
            basis = observation.basis.rawValue
            value = observation.value
            numerator = observation.numerator
            denominator = observation.denominator
            status = observation.status?.symbol
            source = observation.source.map {
                Source(kind: $0.kind.rawValue, title: $0.title, retrievedAt: $0.retrievedAt, preliminary: $0.preliminary)
            }
        }
    }

    struct Observations: Codable, Sendable {
        var observations: [ObservationItem]
        var total: Int
        var limit: Int
        var offset: Int
    }

    struct Line: Codable, Sendable {
        var name: String
        var role: String
        var values: [Double?]
    }

    struct SeriesItem: Codable, Sendable {
        var indicator: String
        var title: String
        var unit: String
        var decimals: Int
        var basis: String
        var years: [Int]
        var lines: [Line]
        /// Year (as text) → why the series breaks there (a merger, a definition change).
        var breaks: [String: String]

        init(_ series: ComparisonSeries) {
            indicator = series.indicator.id
            title = series.title
            unit = series.indicator.unit.rawValue
            decimals = series.indicator.decimals
            basis = series.basis.rawValue
            years = series.years
            lines = series.lines.map { Line(name: $0.name, role: $0.role.rawValue, values: $0.values) }
            breaks = Dictionary(uniqueKeysWithValues: series.breaks.map { (String($0.key), $0.value) })
        }
    }

    struct Subject: Codable, Sendable {
        var id: String
        var name: String
        var code: String
    }

    struct Series: Codable, Sendable {
        var municipality: Subject
        var year: Int
        var network: String
        var series: [SeriesItem]
    }

    struct Commentary: Codable, Sendable {
        var municipality: Subject
        var year: Int
        var network: String
        var sentences: [CommentarySentence]
    }

    struct ImportResult: Codable, Sendable {
        var file: String
        @Nullable var municipality: String?
        var figures: Int
        var stored: Int
        var keptNewer: Int
        var notes: [String]
    }

    static func subject(_ profile: ServiceProfile) -> Subject {
        Subject(
            id: profile.municipality.id, name: profile.municipality.name,
            code: profile.municipality.code(in: profile.year) ?? profile.municipality.currentCode)
    }
}
