package import KostraModel
package import KostraStore
package import Logging

/// What the use cases that only read are made of: the definitions, a reader of figures, a reader
/// of their history, and the caller's logger; never the whole store.
///
/// ``Figures``, ``Comparisons``, ``Reports`` and ``Review`` are built from one, so each runs over
/// any reader (the workspace's database, or the tests' in-memory figures), and none of them can
/// write. They reach each other through it (a report builds its profile with ``comparisons``).
package struct Reading: Sendable {
    package let definitions: Definitions
    /// Figures, published aggregates and the years with figures.
    package let figures: any FigureReader
    /// Which figures were replaced, and which state of them is stored.
    package let history: any RevisionReader
    package let logger: Logger

    package init(definitions: Definitions, figures: any FigureReader, history: any RevisionReader, logger: Logger = Workspace.quietLogger) {
        self.definitions = definitions
        self.figures = figures
        self.history = history
        self.logger = logger
    }

    /// Over one reader that answers both (every store, and the tests' in-memory figures).
    package init(definitions: Definitions, reader: any FigureReader & RevisionReader, logger: Logger = Workspace.quietLogger) {
        self.init(definitions: definitions, figures: reader, history: reader, logger: logger)
    }

    var resolve: Resolver { Resolver(definitions: definitions) }
    var comparisons: Comparisons { Comparisons(definitions: definitions, figures: figures) }
    var reports: Reports { Reports(reading: self) }
    var review: Review { Review(reading: self) }
}

/// A use case that only reads: its definitions and readers come from the ``Reading`` it was built from.
protocol ReadingUseCase: Sendable {
    var reading: Reading { get }
}

extension ReadingUseCase {
    /// Figures, published aggregates and years with figures.
    var reader: any FigureReader { reading.figures }
    /// Replaced figures and the stored state.
    var history: any RevisionReader { reading.history }
    var definitions: Definitions { reading.definitions }
    var resolve: Resolver { reading.resolve }
    var comparisons: Comparisons { reading.comparisons }
    var reports: Reports { reading.reports }
    var review: Review { reading.review }
}
