import Foundation
import KostraKit
import KostraModel

/// The municipality, year and comparison a page or API call is about, validated against the definitions.
struct Selection: Sendable {
    var municipality: Region
    var year: Int?
    /// What the profile compares with: a network, a KOSTRA group, the country or the user's peers.
    var scope: AverageScope
    /// The network for the pages that compare with a network only (indicator series, report, growth):
    /// the chosen network, or ASSS when the comparison is something else.
    var network: Network

    static let comparisonNames: Set<String> = ["network", "group", "national", "peers", "compare"]
    static let names: Set<String> = Set(["municipality", "year"]).union(comparisonNames)

    /// KOSTRA's first published year to 2100, as the OpenAPI document states: a year before 2001 is a
    /// typo; a later one without figures is answered 404 with the years that have them.
    static let years: ClosedRange<Int> = 2001...2100

    /// - Parameter comparisons: the parameters that choose a comparison here (the growth pages show
    ///   `peers` beside the network, so there only `network` does).
    init(_ query: QueryParameters, definitions: Definitions, comparisons: [String] = ["network", "group", "national", "peers"]) throws {
        guard let name = query["municipality"] else {
            throw ServerFailure.badParameter(
                "municipality", "The parameter 'municipality' is required: a name (Bærum) or a municipality number (3201).")
        }
        municipality = try Resolver(definitions: definitions).municipality(name)
        year = try query.integer("year", in: Self.years)
        scope = try Self.scope(query, kinds: comparisons)
        if case .network(let name) = scope {
            network = try definitions.network(named: name)
        } else {
            network = try definitions.network(named: "asss")
        }
    }

    /// The comparison as query parameters, for links that keep it.
    var comparisonQuery: [(String, String?)] {
        switch scope {
        case .network: return [("network", network.id)]
        case .group(let group): return [("group", group)]
        case .national: return [("national", "true")]
        case .peers(let peers): return [("peers", peers.joined(separator: ","))]
        }
    }

    /// Whether the comparison is a network, so that every page (not only the profile) uses it.
    var comparesWithNetwork: Bool {
        if case .network(_) = scope { return true }
        return false
    }

    /// Reads the comparison from `network`, `group`, `national` or `peers`. API clients give at most
    /// one of them; the start page's form sends all its fields and says which one counts in `compare`.
    static func scope(_ query: QueryParameters, kinds: [String] = ["network", "group", "national", "peers"]) throws(ServerFailure) -> AverageScope {
        let chosen: String?
        if let compare = query["compare"] {
            guard kinds.contains(compare) else {
                throw .badParameter("compare", "'compare' must be \(kinds.joined(separator: ", ")), not '\(compare)'.")
            }
            chosen = compare
        } else {
            let given = kinds.filter { query[$0] != nil }
            guard given.count <= 1 else {
                throw .badParameter(given[1], "Give one of \(kinds.joined(separator: ", ")), not \(given.joined(separator: " and ")).")
            }
            chosen = given.first
        }
        switch chosen {
        case "group":
            guard let group = query["group"] else {
                throw .unprocessable("group", "compare=group needs the group: choose a KOSTRA group to compare with (e.g. group=12).")
            }
            return .group(group)
        case "national":
            // With compare=national the form needs no value; on its own, national=false means the default.
            if query["compare"] != nil { return .national }
            return try query.bool("national") ? .national : .network("asss")
        case "peers":
            guard let peers = try query.list("peers", limit: 50), !peers.isEmpty else {
                throw .unprocessable("peers", "Choose at least one municipality to compare with (e.g. peers=Asker,Drammen).")
            }
            return .peers(peers)
        default:
            return .network(query["network"] ?? "asss")
        }
    }
}
