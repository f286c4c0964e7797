package import KostraModel
package import KostraStore

/// A municipality against a comparison (a network, peers, a KOSTRA group or the country): profiles, series, averages, resource use and efficiency.
///
/// Handed out by ``Workspace/comparisons``; one of the use-case types by capability.
public struct Comparisons: Sendable {
    let definitions: Definitions
    /// The figures it reads: the workspace's database, or any other reader (the tests use an in-memory one).
    let figures: any FigureReader

    package init(definitions: Definitions, figures: any FigureReader) {
        self.definitions = definitions
        self.figures = figures
    }

    var resolve: Resolver { Resolver(definitions: definitions) }
}
