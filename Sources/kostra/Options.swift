import ArgumentParser

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

/// How the analysis commands (average, series, rbi, efficiency) print their result.
struct AnalysisOutput: ParsableArguments {
    @Option(help: "table (for people), csv (for Excel) or json (for programs).")
    var format: TableFormat = .table

    @Flag(help: "List every input with year, region and source, the method, and the contributors and missing members.")
    var explain = false
}
