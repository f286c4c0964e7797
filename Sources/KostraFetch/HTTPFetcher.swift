import AsyncHTTPClient
import Foundation
import Logging
import NIOCore
import NIOHTTP1

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A body fetched from SSB or read from the cache.
struct FetchedBody: Sendable {
    var url: String
    var body: [UInt8]
    var fetchedAt: Date
    var fromCache: Bool
}

/// The machinery both clients share: cache lookup, offline mode, throttling, retries with
/// back-off, and checks that the body is complete JSON. One GET per call; no decoding.
struct HTTPFetcher: Sendable {
    let configuration: FetchConfiguration
    let httpClient: HTTPClient
    let clock: any FetchClock
    let throttle: RequestThrottle
    let cache: ResponseCache
    let logger: Logger
    /// A number in `0..<1` for jitter; fixed in tests.
    let random: @Sendable () -> Double

    /// The fetcher both SSB clients use: the configured cache, a throttle from the configuration
    /// unless one is shared between clients, and random jitter.
    static func standard(
        configuration: FetchConfiguration, httpClient: HTTPClient, clock: any FetchClock, throttle: RequestThrottle?,
        logger: Logger
    ) -> HTTPFetcher {
        HTTPFetcher(
            configuration: configuration,
            httpClient: httpClient,
            clock: clock,
            throttle: throttle ?? RequestThrottle(configuration.throttle, clock: clock),
            cache: ResponseCache(directory: configuration.cacheDirectory),
            logger: logger,
            random: { Double.random(in: 0..<1) }
        )
    }

    /// Error bodies are only read for SSB's `title`; there is no need to hold more.
    private static let maxErrorBodyBytes = 64 * 1024

    /// The cache key of a request: the URL for a GET; method, URL and body for a POST.
    static func cacheKey(_ url: String, post body: [UInt8]?) -> String {
        body.map { "POST \(url) \(String(decoding: $0, as: UTF8.self))" } ?? url
    }

    /// The body for `url` (a GET, or a POST of `post`): from the cache when present and fresh
    /// (or when offline), else from the network.
    func fetch(_ url: String, post: [UInt8]? = nil) async throws(FetchError) -> FetchedBody {
        let key = Self.cacheKey(url, post: post)
        if let entry = cache.entry(for: key) {
            if configuration.offline || isFresh(entry) {
                logger.debug("Served from cache", metadata: ["url": "\(url)", "fetchedAt": "\(entry.fetchedAt)"])
                return FetchedBody(url: url, body: entry.body, fetchedAt: entry.fetchedAt, fromCache: true)
            }
            logger.debug("Cached answer too old; fetching again", metadata: ["url": "\(url)"])
        }
        if configuration.offline {
            throw .notInCache(url: key, cacheDirectory: cache.directory.path)
        }
        let body = try await fetchWithRetries(url, post: post)
        // Whole seconds, so the time read back from the cache equals the time returned now.
        let fetchedAt = Date(timeIntervalSince1970: clock.date().timeIntervalSince1970.rounded(.down))
        do {
            try cache.store(body, for: key, fetchedAt: fetchedAt)
        } catch {
            // The answer is good; a cache that cannot be written only costs a refetch next time.
            logger.warning("Could not cache answer", metadata: ["url": "\(url)", "error": "\(error.localizedDescription)"])
        }
        return FetchedBody(url: url, body: body, fetchedAt: fetchedAt, fromCache: false)
    }

    private func isFresh(_ entry: ResponseCache.Entry) -> Bool {
        guard let maxAge = configuration.maxAge else { return true }
        return clock.date().timeIntervalSince(entry.fetchedAt) <= maxAge.seconds
    }

    private func fetchWithRetries(_ url: String, post: [UInt8]?) async throws(FetchError) -> [UInt8] {
        let policy = configuration.retry
        var attempt = 0
        while true {
            attempt += 1
            if Task.isCancelled { throw .cancelled(url: url) }
            do {
                try await throttle.acquire()
            } catch {
                throw .cancelled(url: url)
            }
            let started = clock.now()
            switch await attemptOnce(url, post: post) {
            case .success(let body):
                logger.debug(
                    "Fetched",
                    metadata: ["url": "\(url)", "bytes": "\(body.count)", "attempt": "\(attempt)", "elapsed": "\(clock.now() - started)"]
                )
                return body
            case .failure(let error, let retryAfter):
                guard error.isRetryable, attempt < policy.maxAttempts, !policy.tooLong(retryAfter) else {
                    throw Self.withAttempts(error, attempt)
                }
                let delay = policy.delay(afterAttempt: attempt, retryAfter: retryAfter, random: random())
                logger.warning(
                    "Retrying",
                    metadata: [
                        "url": "\(url)", "error": "\(error.code)", "attempt": "\(attempt)",
                        "delay": "\(delay)", "retryAfter": "\(retryAfter.map { "\($0)" } ?? "none")",
                    ]
                )
                do {
                    try await clock.sleep(for: delay)
                } catch {
                    throw .cancelled(url: url)
                }
            }
        }
    }

    private enum Outcome {
        case success([UInt8])
        case failure(FetchError, retryAfter: Duration?)
    }

    /// One request with a time limit on the whole exchange: the HTTP client's deadline only
    /// covers the wait for the response head, and a body that trickles in must not hang a run.
    private func attemptOnce(_ url: String, post: [UInt8]?) async -> Outcome {
        let timeout = configuration.requestTimeout
        return await withTaskGroup(of: Outcome?.self) { group in
            group.addTask { await self.exchange(url, post: post) }
            group.addTask {
                try? await Task.sleep(for: timeout)
                return nil
            }
            let first = await group.next() ?? nil
            group.cancelAll()
            return first ?? .failure(.transport(url: url, reason: "no complete answer within \(timeout)", attempts: 1), retryAfter: nil)
        }
    }

    private func exchange(_ url: String, post: [UInt8]?) async -> Outcome {
        var request = HTTPClientRequest(url: url)
        request.method = .GET
        if let post {
            request.method = .POST
            request.headers.add(name: "Content-Type", value: "application/json")
            request.body = .bytes(ByteBuffer(bytes: post))
        }
        request.headers.add(name: "User-Agent", value: configuration.userAgent)
        request.headers.add(name: "Accept", value: "application/json")
        let deadline = NIODeadline.now() + TimeAmount.nanoseconds(Self.nanoseconds(configuration.requestTimeout))

        let response: HTTPClientResponse
        do {
            response = try await httpClient.execute(request, deadline: deadline, logger: logger)
        } catch {
            return .failure(classify(error, url: url), retryAfter: nil)
        }

        await throttle.observe(
            limit: response.headers.first(name: "x-ratelimit-limit").flatMap { Int($0) },
            remaining: response.headers.first(name: "x-ratelimit-remaining").flatMap { Int($0) }
        )
        let status = Int(response.status.code)
        let success = (200..<300).contains(status)
        let retryAfter = RetryAfter.parse(response.headers.first(name: "retry-after"), now: clock.date())
        let declaredLength = response.headers.first(name: "content-length").flatMap { Int($0) }
        let limit = success ? configuration.maxBodyBytes : Self.maxErrorBodyBytes

        // Read chunk by chunk so that a cut-off body reports how much arrived.
        var body: [UInt8] = []
        do {
            for try await chunk in response.body {
                if body.count + chunk.readableBytes > limit {
                    if success {
                        return .failure(.invalidBody(url: url, reason: "the body is larger than \(limit) bytes"), retryAfter: nil)
                    }
                    break
                }
                body.append(contentsOf: chunk.readableBytesView)
            }
        } catch {
            let classified = classify(error, url: url)
            if let declaredLength, case .transport = classified, !Self.isTimeout(error) {
                return .failure(.truncatedBody(url: url, expected: declaredLength, received: body.count, attempts: 1), retryAfter: nil)
            }
            return .failure(classified, retryAfter: nil)
        }
        if let declaredLength, body.count < declaredLength, success {
            return .failure(.truncatedBody(url: url, expected: declaredLength, received: body.count, attempts: 1), retryAfter: nil)
        }

        guard success else {
            return .failure(.httpStatus(url: url, status: status, title: Self.ssbTitle(body), attempts: 1), retryAfter: retryAfter)
        }
        let contentType = response.headers.first(name: "content-type")?.lowercased() ?? ""
        let first = body.first { ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }
        if contentType.contains("html") || first == UInt8(ascii: "<") {
            return .failure(.htmlInsteadOfJSON(url: url, status: status), retryAfter: nil)
        }
        guard let first else {
            return .failure(.invalidBody(url: url, reason: "the body is empty"), retryAfter: nil)
        }
        guard first == UInt8(ascii: "{") || first == UInt8(ascii: "[") else {
            return .failure(.invalidBody(url: url, reason: "the body is not JSON (content type \(contentType))"), retryAfter: nil)
        }
        return .success(body)
    }

    /// Maps an error from the HTTP client to a ``FetchError``: configuration mistakes are
    /// final, every other transport failure (reset, close, time-out) may be retried.
    private func classify(_ error: any Error, url: String) -> FetchError {
        if error is CancellationError { return .cancelled(url: url) }
        if let error = error as? HTTPClientError {
            if error == .cancelled { return .cancelled(url: url) }
            let final: Set<String> = ["Invalid URL", "Empty host", "Empty scheme", "Unsupported scheme", "Missing socket path", "Already shutdown"]
            if final.contains(error.shortDescription) {
                return .invalidURL(url: url, reason: error.shortDescription.lowercased())
            }
            return .transport(url: url, reason: error.shortDescription.lowercased(), attempts: 1)
        }
        if let error = error as? IOError {
            // NIO's own description names the syscall; people need the system's words.
            return .transport(url: url, reason: "\(String(cString: strerror(error.errnoCode))) (errno \(error.errnoCode))", attempts: 1)
        }
        return .transport(url: url, reason: "\(error)", attempts: 1)
    }

    private static func isTimeout(_ error: any Error) -> Bool {
        guard let error = error as? HTTPClientError else { return false }
        return error == .deadlineExceeded || error == .readTimeout || error == .connectTimeout
    }

    /// SSB's error bodies are JSON with a `title` (`{"type":"Parameter error","title":"Non-existent value","status":400}`).
    static func ssbTitle(_ body: [UInt8]) -> String? {
        guard let first = body.first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }), first == UInt8(ascii: "{"),
            let object = try? JSONSerialization.jsonObject(with: Data(body)) as? [String: Any],
            let title = object["title"] as? String, !title.isEmpty
        else { return nil }
        return title
    }

    /// Sets the attempt count on the error that ends the retries.
    private static func withAttempts(_ error: FetchError, _ attempts: Int) -> FetchError {
        switch error {
        case .httpStatus(let url, let status, let title, _): .httpStatus(url: url, status: status, title: title, attempts: attempts)
        case .transport(let url, let reason, _): .transport(url: url, reason: reason, attempts: attempts)
        case .truncatedBody(let url, let expected, let received, _):
            .truncatedBody(url: url, expected: expected, received: received, attempts: attempts)
        default: error
        }
    }

    static func nanoseconds(_ duration: Duration) -> Int64 {
        let (seconds, attoseconds) = duration.components
        return seconds * 1_000_000_000 + attoseconds / 1_000_000_000
    }
}
