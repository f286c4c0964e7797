import ArgumentParser
import Foundation
import KostraModel

/// The `kostra` command: each subcommand parses its arguments and calls one use case in KostraKit.
@main
struct Kostra: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kostra",
        abstract: "KOSTRA benchmarking for Norwegian municipalities: profiles, reports and analyses of social services.",
        discussion: """
            Figures are kept in a database: a SQLite file or a PostgreSQL URL (--database, KOSTRA_DATABASE, or ~/.local/share/kostra/kostra.sqlite). \
            On first use it is filled with the bundled figures of Bærum's 2024 social-services analysis.
            """,
        subcommands: [
            // The yearly analysis
            Profile.self, Report.self, Commentary.self, Notes.self,
            // Comparisons and methods
            Average.self, Rank.self, Series.self, ResourceUse.self, Efficiency.self,
            // External reviews
            Decompose.self, Ratio.self, PeerTable.self, LongTerm.self, Peers.self, Slides.self,
            // Data in and out
            Fetch.self, Import.self, Export.self, Revisions.self, Inspect.self, Recipes.self, Tables.self, Table.self,
            // Definitions
            Regions.self, Indicators.self,
            // The dashboard and JSON API
            Serve.self,
            // Databases
            Database.self,
        ]
    )

    /// Runs the command; every error a layer classifies leaves through one exit status (`ExitStatus`).
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let error as any ClassifiedError {
            FileHandle.standardError.write(Data("Error: \(error.localizedDescription)\n".utf8))
            exit(withError: ExitCode(ExitStatus.code(for: error.failureKind)))
        } catch {
            exit(withError: error)
        }
    }
}
