public import Foundation
import HTTPTypes
import Hummingbird
public import Logging
import NIOCore
import ServiceLifecycle

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A real HTTP server on 127.0.0.1 that answers like SSB's PxWebApi v2 and KLASS, for tests.
///
/// It listens on an ephemeral port and serves:
/// - routes the test registers (``route(_:)``), e.g. a real answer from `shared/data/`;
/// - ``SyntheticTable``s, whose data and metadata it computes per query, so split queries
///   can be answered part by part;
/// - fixture files under their URL path (`Fixtures/data.ssb.no/api/pxwebapi/v2/tables/12134/metadata.json`).
///
/// Like SSB, it answers an HTML 404 to URLs over 2 100 characters and SSB-shaped JSON errors
/// to bad queries. Faults can be scripted per request (``enqueue(_:path:)``), and every request
/// is recorded so tests can count them and read the URLs.
///
/// ```swift
/// let server = try await SSBReplayServer.start(logger: logger)
/// defer { Task { await server.stop() } }
/// await server.enqueue([.tooManyRequests(retryAfter: "1")], path: "/api/pxwebapi/v2/tables/12134/data")
/// ```
public final class SSBReplayServer: Sendable {
    /// The bound port.
    public let port: Int
    private let state: ReplayState
    private let group: ServiceGroup
    private let task: Task<Void, any Error>

    /// `http://127.0.0.1:<port>`.
    public var origin: String { "http://127.0.0.1:\(port)" }
    /// The PxWebApi base URL to give the client: `http://127.0.0.1:<port>/api/pxwebapi/v2`.
    public var pxwebBase: String { "\(origin)/api/pxwebapi/v2" }
    /// The KLASS base URL to give the client: `http://127.0.0.1:<port>/api/klass/v1`.
    public var klassBase: String { "\(origin)/api/klass/v1" }

    /// The folder of fixture files shipped with this target.
    public static let bundledFixtures: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .appendingPathComponent("Fixtures/data.ssb.no", isDirectory: true)

    private init(port: Int, state: ReplayState, group: ServiceGroup, task: Task<Void, any Error>) {
        self.port = port
        self.state = state
        self.group = group
        self.task = task
    }

    /// Starts a server on 127.0.0.1 with an ephemeral port and waits until it listens.
    ///
    /// - Parameters:
    ///   - fixtureRoot: the folder whose files are served under their URL path.
    ///   - maxURLLength: longer URLs get the HTML 404 (SSB: about 2 100 characters).
    ///   - logger: the server's logger.
    public static func start(
        fixtureRoot: URL? = SSBReplayServer.bundledFixtures,
        maxURLLength: Int = 2_100,
        logger: Logger
    ) async throws -> SSBReplayServer {
        let state = ReplayState(fixtureRoot: fixtureRoot, maxURLLength: maxURLLength)
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        let app = Application(
            responder: ReplayResponder(state: state),
            configuration: .init(address: .hostname("127.0.0.1", port: 0), serverName: nil),
            onServerRunning: { channel in
                continuation.yield(channel.localAddress?.port ?? 0)
                continuation.finish()
            },
            logger: logger
        )
        // A service group, so stop() can shut the server down gracefully instead of cancelling it.
        let group = ServiceGroup(configuration: .init(services: [app], gracefulShutdownSignals: [], logger: logger))
        let task = Task { try await group.run() }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next(), port > 0 else {
            await group.triggerGracefulShutdown()
            _ = try? await task.value
            throw ReplayServerError.couldNotBind
        }
        await state.setPort(port)
        return SSBReplayServer(port: port, state: state, group: group, task: task)
    }

    /// Stops the server gracefully and waits until it has closed.
    public func stop() async {
        await group.triggerGracefulShutdown()
        _ = try? await task.value
    }

    // MARK: Routing

    /// Adds a route; routes are tried in the order added, before synthetic tables and fixture files.
    public func route(_ route: ReplayRoute) async {
        await state.addRoute(route)
    }

    /// Serves a file for a path (and optionally a query).
    public func route(_ path: String, query: [String: String]? = nil, file: URL, status: Int = 200) async {
        await state.addRoute(ReplayRoute(path: path, query: query, source: .file(file), status: status))
    }

    /// Serves a synthetic table's `/tables/{id}/data` and `/tables/{id}/metadata`.
    public func serve(_ table: SyntheticTable) async {
        await state.addSynthetic(table)
    }

    /// Queues faults for the next requests whose path starts with `path` (any path when `nil`),
    /// played one per request in order; later requests get normal answers.
    public func enqueue(_ faults: [ReplayFault], path: String? = nil) async {
        await state.enqueue(faults, path: path)
    }

    // MARK: Recording

    /// How many requests arrived.
    public func requestCount() async -> Int {
        await state.requests.count
    }

    /// Every request, in arrival order.
    public func requests() async -> [RecordedRequest] {
        await state.requests
    }
}

/// Why the replay server failed.
public enum ReplayServerError: Error, Sendable {
    /// The server did not report a bound port.
    case couldNotBind
}

/// Thrown after a fault closed the connection, so Hummingbird writes nothing more.
struct ReplayConnectionReset: Error {}

/// The replay server's mutable state: routes, faults and recorded requests.
actor ReplayState {
    let fixtureRoot: URL?
    let maxURLLength: Int
    private(set) var port = 0
    private(set) var requests: [RecordedRequest] = []
    private var routes: [ReplayRoute] = []
    private var synthetic: [String: SyntheticTable] = [:]
    private var faults: [(path: String?, fault: ReplayFault)] = []

    init(fixtureRoot: URL?, maxURLLength: Int) {
        self.fixtureRoot = fixtureRoot
        self.maxURLLength = maxURLLength
    }

    func setPort(_ port: Int) { self.port = port }
    func addRoute(_ route: ReplayRoute) { routes.append(route) }
    func addSynthetic(_ table: SyntheticTable) { synthetic[table.id] = table }
    func enqueue(_ new: [ReplayFault], path: String?) { faults += new.map { (path, $0) } }

    func record(_ request: RecordedRequest) { requests.append(request) }

    /// The next fault queued for this path, removed from the queue.
    func takeFault(for path: String) -> ReplayFault? {
        guard let index = faults.firstIndex(where: { $0.path.map { path.hasPrefix($0) } ?? true }) else { return nil }
        return faults.remove(at: index).fault
    }

    /// The normal answer for a path and query.
    func answer(path: String, parameters: [QueryParameter]) -> ReplayAnswer {
        if let route = routes.first(where: { $0.matches(path: path, parameters: parameters) }) {
            do {
                switch route.source {
                case .file(let url):
                    return ReplayAnswer(status: route.status, contentType: route.contentType, body: try Data(contentsOf: url))
                case .bytes(let data):
                    return ReplayAnswer(status: route.status, contentType: route.contentType, body: data)
                case .computed(let compute):
                    let (status, body) = try compute(parameters)
                    return ReplayAnswer(status: status, contentType: route.contentType, body: body)
                }
            } catch {
                return ReplayAnswer.json(500, #"{"title":"Replay fixture failed: \#(error)"}"#)
            }
        }
        let segments = path.split(separator: "/").map(String.init)
        // /api/pxwebapi/v2/tables/{id}/{data|metadata}
        if segments.count == 6, segments[0] == "api", segments[1] == "pxwebapi", segments[3] == "tables" {
            if let table = synthetic[segments[4]] {
                switch segments[5] {
                case "data":
                    let (status, body) = table.dataAnswer(parameters)
                    return ReplayAnswer(status: status, contentType: "application/json; charset=utf-8", body: body)
                case "metadata":
                    return ReplayAnswer(status: 200, contentType: "application/json; charset=utf-8", body: table.metadataJSON())
                default:
                    break
                }
            }
        }
        if let fixtureRoot {
            let file = fixtureRoot.appendingPathComponent(String(path.drop { $0 == "/" }) + ".json")
            if let data = try? Data(contentsOf: file) {
                return ReplayAnswer(status: 200, contentType: "application/json; charset=utf-8", body: data)
            }
        }
        if segments.count >= 5, segments[3] == "tables" {
            // As seen from SSB: HTTP 400 whose body says 404.
            return ReplayAnswer(
                status: 400,
                contentType: "application/json; charset=utf-8",
                body: Data(SSBErrorBody.json(status: 404, title: SSBErrorBody.nonExistentTable).utf8)
            )
        }
        return ReplayAnswer.json(404, #"{"title":"No replay fixture for \#(path)"}"#)
    }
}

/// A status, content type and body, before faults are applied.
struct ReplayAnswer: Sendable {
    var status: Int
    var contentType: String
    var body: Data
    var headers: [String: String] = [:]

    static func json(_ status: Int, _ body: String) -> ReplayAnswer {
        ReplayAnswer(status: status, contentType: "application/json; charset=utf-8", body: Data(body.utf8))
    }
}

/// Turns requests into answers, playing faults.
struct ReplayResponder: HTTPResponder {
    typealias Context = ReplayRequestContext
    let state: ReplayState

    func respond(to request: Request, context: ReplayRequestContext) async throws -> Response {
        let target = request.uri.string
        let path = request.uri.path
        var parameters = QueryParameter.parse(request.uri.query)
        let port = await state.port
        let urlLength = "http://127.0.0.1:\(port)".count + target.count
        var body: String?
        if request.method == .post {
            // A POST's selection, read into the same parameters a GET would carry.
            let buffer = try await request.body.collect(upTo: 16 * 1024 * 1024)
            body = String(buffer: buffer)
            parameters += Self.postSelection(Data(body?.utf8 ?? "".utf8))
        }
        var recorded = RecordedRequest(
            target: target, path: path, query: parameters, userAgent: request.headers[.userAgent], urlLength: urlLength,
            receivedAt: Date())
        recorded.method = request.method == .post ? "POST" : "GET"
        recorded.body = body
        await state.record(recorded)
        if urlLength > state.maxURLLength {
            return Self.response(ReplayAnswer(status: 404, contentType: "text/html", body: Data(SSBErrorBody.iisNotFoundPage.utf8)))
        }
        let fault = await state.takeFault(for: path)
        switch fault {
        case .resetConnection:
            await Self.reset(context.channel)
            throw ReplayConnectionReset()
        case .tooManyRequests(let retryAfter):
            var answer = ReplayAnswer.json(429, SSBErrorBody.json(status: 429, title: "Too Many Requests"))
            answer.headers["Retry-After"] = retryAfter
            return Self.response(answer)
        case .status(let status, let title):
            let body = title.isEmpty ? "" : SSBErrorBody.json(status: status, title: title)
            return Self.response(ReplayAnswer.json(status, body))
        case .htmlPage:
            return Self.response(ReplayAnswer(status: 200, contentType: "text/html; charset=utf-8", body: Data(SSBErrorBody.maintenancePage.utf8)))
        case .headers(let headers):
            var answer = await state.answer(path: path, parameters: parameters)
            answer.headers.merge(headers) { _, new in new }
            return Self.response(answer)
        case .slowBody(let delay):
            let answer = await state.answer(path: path, parameters: parameters)
            let bytes = [UInt8](answer.body)
            let middle = bytes.count / 2
            return Response(
                status: .init(code: answer.status),
                headers: Self.fields(answer, contentLength: bytes.count),
                body: ResponseBody { writer in
                    try await writer.write(ByteBuffer(bytes: bytes[..<middle]))
                    try await Task.sleep(for: delay)
                    try await writer.write(ByteBuffer(bytes: bytes[middle...]))
                    try await writer.finish(nil)
                }
            )
        case .truncatedBody(let fraction):
            let answer = await state.answer(path: path, parameters: parameters)
            let bytes = [UInt8](answer.body)
            let sent = Int(Double(bytes.count) * min(max(fraction, 0), 1))
            let channel = context.channel
            return Response(
                status: .init(code: answer.status),
                headers: Self.fields(answer, contentLength: bytes.count),
                body: ResponseBody { writer in
                    try await writer.write(ByteBuffer(bytes: bytes[..<sent]))
                    // Let the partial body reach the socket, then hang up mid-body.
                    try await Task.sleep(for: .milliseconds(50))
                    try? await channel.close()
                    throw ReplayConnectionReset()
                }
            )
        case nil:
            return Self.response(await state.answer(path: path, parameters: parameters))
        }
    }

    /// `{"selection":[{"variableCode":V,"valueCodes":[…],"codelist":C}]}` as `valueCodes[V]` and `codelist[V]` parameters.
    static func postSelection(_ body: Data) -> [QueryParameter] {
        guard let root = try? JSONSerialization.jsonObject(with: body) as? [String: Any],
            let selection = root["selection"] as? [[String: Any]]
        else { return [] }
        var parameters: [QueryParameter] = []
        for item in selection {
            guard let variable = item["variableCode"] as? String else { continue }
            let codes = item["valueCodes"] as? [String] ?? []
            parameters.append(QueryParameter(name: "valueCodes[\(variable)]", value: codes.joined(separator: ",")))
            if let codelist = item["codelist"] as? String {
                parameters.append(QueryParameter(name: "codelist[\(variable)]", value: codelist))
            }
        }
        return parameters
    }

    private static func response(_ answer: ReplayAnswer) -> Response {
        Response(
            status: .init(code: answer.status),
            headers: fields(answer, contentLength: answer.body.count),
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: answer.body))
        )
    }

    private static func fields(_ answer: ReplayAnswer, contentLength: Int) -> HTTPFields {
        var fields = HTTPFields()
        fields[.contentType] = answer.contentType
        fields[.contentLength] = String(contentLength)
        for (name, value) in answer.headers {
            if let name = HTTPField.Name(name) { fields[name] = value }
        }
        return fields
    }

    /// Closes the connection with SO_LINGER 0, which makes the kernel send a TCP RST.
    private static func reset(_ channel: any Channel) async {
        if let provider = channel as? any SocketOptionProvider {
            try? await provider.setSoLinger(linger(l_onoff: 1, l_linger: 0)).get()
        }
        try? await channel.close()
    }
}
