public import Hummingbird
public import NIOCore

/// The request context of the replay server: Hummingbird's basics plus the channel, so a
/// fault can close the connection itself.
public struct ReplayRequestContext: RequestContext {
    /// Hummingbird's per-request storage (logger, parameters).
    public var coreContext: CoreRequestContextStorage
    /// The connection the request came in on.
    public let channel: any Channel

    /// Creates the context for a request arriving on `source.channel`.
    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.channel = source.channel
    }
}
