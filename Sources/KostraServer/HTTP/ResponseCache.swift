import Foundation
import Hummingbird
import KostraKit
import Synchronization

/// Answers this server has computed, kept per address together with the store data version they were
/// computed from, so a repeated request is answered without recomputing while nothing was written.
///
/// Every request still reads the store's revision (one small query), so no answer is older than
/// the store: after an import through any instance or the command line, every instance computes
/// afresh. The cache is this process's memo of its own answers, not state the instances share, so
/// instances behind a proxy stay interchangeable.
final class ResponseCache: Sendable {
    /// A kept answer: its body, and the headers computed from it once.
    struct Entry: Sendable {
        var revision: DataVersion
        /// The body as NIO sends it; responses share its storage instead of copying it each time.
        var buffer: ByteBuffer
        var tag: String
        var contentType = ""
        /// `Last-Modified`, written once: the revision's date does not change.
        var lastModified: String?

        var body: Data { Data(buffer.readableBytesView) }
        var size: Int { buffer.readableBytes }
    }

    private struct State: Sendable {
        var entries: [String: Entry] = [:]
        var bytes = 0
    }

    private let state = Mutex(State())
    /// The most body bytes kept; beyond it, answers of older revisions go first, then all.
    let maximumBytes: Int

    init(maximumBytes: Int = 64 << 20) {
        self.maximumBytes = maximumBytes
    }

    /// The answer for `key` at `revision`: the kept one, or `compute`'s, which is then kept.
    /// An error from `compute` is thrown and nothing is kept.
    func entry(for key: String, revision: DataVersion, contentType: String, compute: () async throws -> Data) async throws -> Entry {
        if let kept = state.withLock({ $0.entries[key] }), kept.revision == revision { return kept }
        let body = try await compute()
        let entry = Entry(
            revision: revision, buffer: ByteBuffer(bytes: body), tag: CachedResponse.tag(body), contentType: contentType,
            lastModified: revision.updatedAt.map(HTTPDate.format))
        guard body.count <= maximumBytes / 16 else { return entry }
        state.withLock { state in
            if let old = state.entries.removeValue(forKey: key) { state.bytes -= old.size }
            if state.bytes + body.count > maximumBytes {
                state.entries = state.entries.filter { $0.value.revision == revision }
                state.bytes = state.entries.values.reduce(0) { $0 + $1.size }
            }
            if state.bytes + body.count > maximumBytes {
                state.entries.removeAll()
                state.bytes = 0
            }
            state.entries[key] = entry
            state.bytes += body.count
        }
        return entry
    }

    /// The answer kept for `request`'s address, when the store has not changed since it was
    /// computed; otherwise `route`'s, which validates the request and answers through
    /// ``response(to:workspace:contentType:compute:)``.
    ///
    /// Only answers to valid requests are kept, and the definitions a request is validated against
    /// do not change while the server runs, so a kept address needs no second validation. Parsing
    /// and resolving the query was 9 % of the server's CPU in the benchmark's load run (perf, issue
    /// 25), where every request's address had been answered before.
    func answer(_ request: Request, workspace: Workspace, otherwise route: () async throws -> Response) async throws -> Response {
        let revision = try await workspace.figures.dataVersion()
        if let kept = state.withLock({ $0.entries[request.uri.description] }), kept.revision == revision {
            return CachedResponse.make(kept.buffer, contentType: kept.contentType, request: request, lastModified: kept.lastModified, tag: kept.tag)
        }
        return try await route()
    }

    /// The answer to a GET `request` as a 200 (or a 304 when the client holds it): kept if the store's
    /// revision is the one it was computed at, else computed by `compute` and kept.
    func response(
        to request: Request, workspace: Workspace, contentType: String, compute: () async throws -> Data
    ) async throws -> Response {
        let revision = try await workspace.figures.dataVersion()
        let kept = try await entry(for: request.uri.description, revision: revision, contentType: contentType, compute: compute)
        return CachedResponse.make(kept.buffer, contentType: contentType, request: request, lastModified: kept.lastModified, tag: kept.tag)
    }

    /// How many answers are kept (for tests).
    var count: Int { state.withLock { $0.entries.count } }
}

extension RouterMethods {
    /// A GET route whose answers `cache` keeps: an address answered before is answered from the
    /// cache, without running `route`, until the store changes (``ResponseCache/answer(_:workspace:otherwise:)``).
    @discardableResult
    func get(
        _ path: RouterPath, keptIn cache: ResponseCache, workspace: Workspace,
        use route: @escaping @Sendable (Request, Context) async throws -> Response
    ) -> Self {
        get(path) { request, context in
            try await cache.answer(request, workspace: workspace) { try await route(request, context) }
        }
    }
}
