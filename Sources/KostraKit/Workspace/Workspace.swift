public import Foundation
public import KostraModel
public import Logging
package import KostraStore

/// The composition root: opens the database and the definitions once and hands out the use
/// cases, one type per capability a user has (``figures``, ``comparisons``, ``reports``,
/// ``review``, ``imports``, ``administration``).
///
/// The command line and the server each open one workspace and call its use cases;
/// this is the one place where I/O and the pure analysis layers meet.
public struct Workspace: Sendable {
    public let definitions: Definitions
    package let store: any ObservationStore
    /// Where the use cases log (the SSB client's requests, retries and waits); the caller's.
    public let logger: Logger

    package init(definitions: Definitions, store: any ObservationStore, logger: Logger = Workspace.quietLogger) {
        self.definitions = definitions
        self.store = store
        self.logger = logger
    }

    /// Errors only: what a command-line run logs unless it is given another logger.
    public static let quietLogger: Logger = {
        var logger = Logger(label: "kostra")
        logger.logLevel = .error
        return logger
    }()

    /// What the use cases that only read are built from: the store as a reader, never as a writer.
    package var reading: Reading { Reading(definitions: definitions, reader: store, logger: logger) }

    /// Turns what a user typed into municipalities and networks, with one error per kind of mistake.
    public var resolver: Resolver { Resolver(definitions: definitions) }

    /// Stored figures as they are: pages, series beside the network, the data's version, export.
    public var figures: Figures { Figures(reading: reading) }
    /// Profiles, series, averages, resource use and efficiency against a comparison.
    public var comparisons: Comparisons { reading.comparisons }
    /// The yearly analysis as a document, its commentary and notes.
    public var reports: Reports { reading.reports }
    /// An external review's tools: decomposition, ratios, peers, long-term recipients, slides.
    public var review: Review { reading.review }
    /// Figures in: files, SSB's PxWebApi, recipes.
    public var imports: Imports { Imports(workspace: self) }
    /// Municipalities and code changes from KLASS.
    public var administration: Administration { Administration(workspace: self) }

    /// Opens the database that `--database`, `KOSTRA_DATABASE` or the default names (a SQLite
    /// file or a PostgreSQL URL), creating and seeding it with the bundled figures on first use.
    ///
    /// Open one workspace per process and share it: over PostgreSQL it holds the process's
    /// one connection pool.
    public static func open(
        database: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment,
        logger: Logger = Workspace.quietLogger
    ) async throws -> Workspace {
        let definitions = try Definitions.bundled()
        let store = try await StoreLocation.location(explicit: database, environment: environment).open(logger: logger).store
        try await BundledData.load().seed(store, definitions: definitions)
        // Municipalities loaded from KLASS by `kostra regions update` are looked up too.
        let known = Administration.definitions(definitions, adding: try await store.classification(131))
        return Workspace(definitions: known, store: store, logger: logger)
    }
}
