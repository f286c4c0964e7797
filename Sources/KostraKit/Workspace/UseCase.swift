import KostraModel
import KostraStore

/// What every use-case type is made of: the workspace it was handed out by, whose definitions
/// and database it uses. Internal, so no store type crosses KostraKit's public API.
protocol UseCase: Sendable {
    var workspace: Workspace { get }
}

extension UseCase {
    var store: any ObservationStore { workspace.store }
    var definitions: Definitions { workspace.definitions }
    var resolve: Resolver { workspace.resolver }
}
