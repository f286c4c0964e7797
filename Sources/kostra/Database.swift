import ArgumentParser
import KostraKit

struct Database: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db",
        abstract: "Look after the database: upgrade its schema, show what it holds, copy it between engines.",
        discussion: """
            --database (or KOSTRA_DATABASE) is a SQLite file path or a PostgreSQL URL, \
            postgres://user@host:5432/database (options: sslmode=disable|prefer|require, pool_size=N). \
            The password comes from PGPASSWORD or ~/.pgpass, never from the URL.
            """,
        subcommands: [Migrate.self, Status.self, Copy.self])

    struct Migrate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create or upgrade the database's schema (refuses a schema newer than this program).")

        @OptionGroup var store: StoreOptions

        func run() async throws {
            let report = try await DatabaseAdministration.migrate(database: store.database)
            if report.applied.isEmpty {
                print("\(report.location) (\(report.engine)) is up to date: schema \(report.schemaVersion).")
            } else {
                print("Applied \(report.applied.joined(separator: ", ")) to \(report.location) (\(report.engine)); schema \(report.schemaVersion).")
            }
        }
    }

    struct Status: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show the engine, schema version and figures per source (changes nothing).")

        @OptionGroup var store: StoreOptions

        func run() async throws {
            let status = try await DatabaseAdministration.status(database: store.database)
            print("Database: \(status.location)")
            print("Engine:   \(status.engine)")
            print("Schema:   \(status.schemaVersion)")
            print("Figures:  \(status.observationCount) observations, \(status.aggregateCount) published aggregates")
            for (title, count) in status.countsBySource.sorted(by: { $0.key < $1.key }) {
                print("  \(count)\t\(title)")
            }
        }
    }

    struct Copy: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Copy every source and figure into an empty database (SQLite or PostgreSQL), all or nothing.",
            discussion: """
                The destination is created or migrated, must hold no sources, and is written in one \
                transaction that commits only when counts and a checksum of the figures read back identical.
                """)

        @Option(help: "The database to copy from (a SQLite path or a postgres:// URL).")
        var from: String

        @Option(help: "The empty database to copy into (a SQLite path or a postgres:// URL).")
        var to: String

        func run() async throws {
            let report = try await DatabaseAdministration.copy(from: from, to: to)
            let sources = report.sources == 1 ? "1 source" : "\(report.sources) sources"
            print(
                "Copied \(sources), \(report.observations) observations and \(report.aggregates) published aggregates from \(report.from) to \(report.to)."
            )
            print("Checksum: \(report.sourceChecksum) (origin) = \(report.destinationChecksum) (copy).")
        }
    }
}
