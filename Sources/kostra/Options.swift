import ArgumentParser

/// Options every command that reads or writes figures shares.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: "The database file (default: KOSTRA_DATABASE or ~/.local/share/kostra/kostra.sqlite).")
    var database: String?
}

/// Output formats for tables.
enum TableFormat: String, ExpressibleByArgument, CaseIterable {
    case table, csv, json
}
