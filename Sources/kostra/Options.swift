import ArgumentParser
import KostraKit

/// Options every command that reads or writes figures shares.
struct StoreOptions: ParsableArguments {
    @Option(
        name: .long,
        help: "A SQLite file or postgres://user@host:port/database (default: KOSTRA_DATABASE or ~/.local/share/kostra/kostra.sqlite).")
    var database: String?
}

/// Output formats for tables.
enum TableFormat: String, ExpressibleByArgument, CaseIterable {
    case table, csv, json
}

/// Which municipality, year and network a profile-based command is about.
struct ProfileSelection: ParsableArguments {
    @Argument(help: "The municipality: a name (Bærum, baerum) or any code it has had (0219, 3024, 3201).")
    var municipality: String

    @Option(help: "The year (default: the newest year with figures).")
    var year: Int?

    @Option(help: "The network to compare with.")
    var network: String = "asss"
}

/// What to compare with: a network's members, a KOSTRA group or the country as SSB publishes
/// them, or the user's own peers (`kostra profile` and `kostra average`).
struct ComparisonOptions: ParsableArguments {
    @Option(help: "A network whose members to average (default: asss).")
    var network: String?

    @Option(help: "A KOSTRA group's figure as SSB publishes it, e.g. 12.")
    var group: String?

    @Flag(help: "The national figure as SSB publishes it.")
    var national = false

    @Option(help: "Your own peer set, comma-separated names or codes, e.g. Asker,Bærum,Drammen.")
    var peers: String?

    func validate() throws {
        let chosen = [network != nil, group != nil, national, peers != nil].filter { $0 }.count
        guard chosen <= 1 else { throw ValidationError("Give at most one of --network, --group, --national and --peers.") }
    }

    /// Whether the comparison is SSB's published figure rather than one KostraKit computes.
    var isPublished: Bool { group != nil || national }

    var scope: AverageScope {
        if let group { return .group(group) }
        if national { return .national }
        if let peers { return .peers(CommaList.split(peers)) }
        return .network(network ?? "asss")
    }
}

/// How the analysis commands (average, series, rbi, efficiency) print their result.
struct AnalysisOutput: ParsableArguments {
    @Option(help: "table (for people), csv (for Excel) or json (for programs).")
    var format: TableFormat = .table

    @Flag(help: "List every input with year, region and source, the method, and the contributors and missing members.")
    var explain = false
}
