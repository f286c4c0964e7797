import Foundation
import KostraFetch
import KostraTesting
import Testing

@Suite("PxWebClient against the replay server")
struct PxWebClientTests {
    @Test("The real 12134 answer comes back byte for byte, with provenance and the user agent")
    func realAnswer() async throws {
        try await withEnvironment { env in
            await env.routeReal12134()
            let parts = try await env.pxweb(env.configuration()).data(query12134)
            #expect(parts.count == 1)
            let part = try #require(parts.first)
            #expect(part.body == Array(try SharedFixtures.data(real12134File)))
            #expect(part.url == env.url12134)
            #expect(part.index == 0 && part.count == 1 && part.query == query12134)
            #expect(part.fromCache == false)
            #expect(part.fetchedAt == Date(timeIntervalSince1970: 1_777_111_200))
            let requests = await env.server.requests()
            #expect(requests.map(\.userAgent) == ["KostraKit/0.1"])
            #expect(requests.first?.parameter("valueCodes[Tid]") == "2024")
            #expect(requests.first?.parameter("outputFormat") == "json-stat2")
        }
    }

    @Test("A second run is served from the cache without a request")
    func cacheHit() async throws {
        try await withEnvironment { env in
            await env.routeReal12134()
            let first = try await env.pxweb(env.configuration()).data(query12134)
            #expect(await env.server.requestCount() == 1)
            let second = try await env.pxweb(env.configuration()).data(query12134)
            #expect(await env.server.requestCount() == 1)
            #expect(second.map(\.fromCache) == [true])
            #expect(second.map(\.body) == first.map(\.body))
            #expect(second.map(\.fetchedAt) == first.map(\.fetchedAt))
        }
    }

    @Test("maxAge: an answer older than allowed is fetched again")
    func maxAge() async throws {
        try await withEnvironment { env in
            await env.routeReal12134()
            _ = try await env.pxweb(env.configuration(maxAge: .seconds(3_600))).data(query12134)
            env.clock.advance(by: .seconds(1_800))
            _ = try await env.pxweb(env.configuration(maxAge: .seconds(3_600))).data(query12134)
            #expect(await env.server.requestCount() == 1)
            env.clock.advance(by: .seconds(3_600))
            let refreshed = try await env.pxweb(env.configuration(maxAge: .seconds(3_600))).data(query12134)
            #expect(await env.server.requestCount() == 2)
            #expect(refreshed.map(\.fromCache) == [false])
        }
    }

    @Test("Offline mode works from the cache and fails clearly for a miss")
    func offline() async throws {
        try await withEnvironment { env in
            await env.routeReal12134()
            _ = try await env.pxweb(env.configuration()).data(query12134)
            let offline = env.pxweb(env.configuration(offline: true))
            let cached = try await offline.data(query12134)
            #expect(cached.map(\.fromCache) == [true])
            var other = query12134
            other.selections[2] = .codes("Tid", ["2023"])
            let url = other.dataURL(apiBase: env.server.pxwebBase)
            await #expect {
                try await offline.data(other)
            } throws: { error in
                (error as? FetchError)?.errorDescription
                    == "\(url) is not in the cache (\(env.cacheDirectory.path)); run once without --offline."
            }
            #expect(await env.server.requestCount() == 1)
        }
    }

    @Test("429 with Retry-After: 1 waits exactly the second asked for, then succeeds")
    func retryAfter() async throws {
        try await withEnvironment { env in
            await env.routeReal12134()
            await env.server.enqueue([.tooManyRequests(retryAfter: "1")], path: "/api/pxwebapi/v2/tables/12134/data")
            let parts = try await env.pxweb(env.configuration()).data(query12134)
            #expect(parts.count == 1)
            #expect(env.clock.sleeps == [.seconds(1)])
            #expect(await env.server.requestCount() == 2)
        }
    }

    @Test("429 with an HTTP-date Retry-After waits until that time")
    func retryAfterDate() async throws {
        try await withEnvironment { env in
            await env.routeReal12134()
            await env.server.enqueue([.tooManyRequests(retryAfter: "Sat, 25 Apr 2026 10:00:05 GMT")])
            _ = try await env.pxweb(env.configuration()).data(query12134)
            #expect(env.clock.sleeps == [.seconds(5)])
        }
    }

    @Test("503 is retried with exponential back-off")
    func serviceUnavailable() async throws {
        try await withEnvironment { env in
            await env.routeReal12134()
            await env.server.enqueue([.status(503, title: ""), .status(503, title: "")])
            let parts = try await env.pxweb(env.configuration()).data(query12134)
            #expect(parts.count == 1)
            #expect(env.clock.sleeps == [.milliseconds(10), .milliseconds(20)])
            #expect(await env.server.requestCount() == 3)
        }
    }

    @Test("503 on every attempt ends with a message naming the URL, the status and what to do")
    func serviceUnavailableExhausted() async throws {
        try await withEnvironment { env in
            await env.routeReal12134()
            await env.server.enqueue(Array(repeating: .status(503, title: ""), count: 4))
            await #expect {
                try await env.pxweb(env.configuration()).data(query12134)
            } throws: { error in
                (error as? FetchError)?.errorDescription
                    == "SSB answered HTTP 503 for \(env.url12134) after 4 attempts. SSB may be updating tables (05:00 and 11:30) "
                    + "or busy after the 08:00 release: try again later, or run with --offline to use the cache."
            }
            #expect(env.clock.sleeps == [.milliseconds(10), .milliseconds(20), .milliseconds(40)])
            #expect(await env.server.requestCount() == 4)
        }
    }

    @Test("A reset connection is retried")
    func connectionReset() async throws {
        try await withEnvironment { env in
            await env.routeReal12134()
            await env.server.enqueue([.resetConnection])
            let parts = try await env.pxweb(env.configuration()).data(query12134)
            #expect(parts.first?.body == Array(try SharedFixtures.data(real12134File)))
            #expect(env.clock.sleeps == [.milliseconds(10)])
            #expect(await env.server.requestCount() == 2)
        }
    }

    @Test("A connection reset on every attempt fails as a transport error naming the URL and what to do")
    func connectionResetEveryTime() async throws {
        try await withEnvironment { env in
            await env.routeReal12134()
            await env.server.enqueue(Array(repeating: .resetConnection, count: 4))
            await #expect {
                try await env.pxweb(env.configuration()).data(query12134)
            } throws: { error in
                guard let error = error as? FetchError, case .transport(let url, let reason, let attempts) = error else { return false }
                return url == env.url12134 && attempts == 4 && reason.hasPrefix("Connection reset by peer (errno ")
                    && error.errorDescription == "Could not fetch \(url) after 4 attempts: \(reason). "
                        + "Check the network connection and try again, or run with --offline to use the cache."
            }
            #expect(await env.server.requestCount() == 4)
        }
    }

    @Test("A truncated body (Content-Length larger than sent) is detected and retried")
    func truncatedBody() async throws {
        try await withEnvironment { env in
            await env.routeReal12134()
            await env.server.enqueue([.truncatedBody(fraction: 0.5)])
            let parts = try await env.pxweb(env.configuration()).data(query12134)
            #expect(parts.first?.body == Array(try SharedFixtures.data(real12134File)))
            #expect(await env.server.requestCount() == 2)
        }
    }

    @Test("A body truncated on every attempt fails as truncated, and nothing is cached")
    func truncatedEveryTime() async throws {
        try await withEnvironment { env in
            await env.routeReal12134()
            await env.server.enqueue(Array(repeating: .truncatedBody(fraction: 0.5), count: 4))
            let size = try SharedFixtures.data(real12134File).count
            await #expect {
                try await env.pxweb(env.configuration()).data(query12134)
            } throws: { error in
                guard case .truncatedBody(let url, let expected, let received, let attempts) = error as? FetchError else { return false }
                return url == env.url12134 && expected == size && received < size && attempts == 4
            }
            // Nothing half-received was cached.
            await #expect(throws: FetchError.self) { try await env.pxweb(env.configuration(offline: true)).data(query12134) }
        }
    }

    @Test("A body slower than the request time-out is retried")
    func slowBody() async throws {
        try await withEnvironment { env in
            await env.routeReal12134()
            // The pause is far longer than the time-out, so a busy machine cannot blur the two.
            await env.server.enqueue([.slowBody(delay: .seconds(30))])
            let parts = try await env.pxweb(env.configuration(requestTimeout: .seconds(8))).data(query12134)
            #expect(parts.count == 1)
            // The slow answer was abandoned and asked again. On a loaded machine a later attempt can
            // also run out of time and be retried once more, so the count is a floor, not exact.
            #expect(await env.server.requestCount() >= 2)
        }
    }

    @Test("A 400 fails at once with SSB's title in the message")
    func badRequest() async throws {
        try await withEnvironment { env in
            await env.routeReal12134()
            await env.server.enqueue([.status(400, title: "Non-existent value")])
            await #expect {
                try await env.pxweb(env.configuration()).data(query12134)
            } throws: { error in
                (error as? FetchError)?.errorDescription
                    == "SSB answered HTTP 400 \"Non-existent value\" for \(env.url12134). The query does not fit the table: "
                    + "check variable and value codes against the table's metadata. Not retried."
            }
            #expect(await env.server.requestCount() == 1)
            #expect(env.clock.sleeps.isEmpty)
        }
    }

    @Test("Too many cells: SSB's 400 title and what to do")
    func tooManyCells() async throws {
        try await withEnvironment { env in
            await env.server.serve(.kostra900(maxCells: 100))
            let query = PxWebQuery(
                table: "99001",
                selections: [
                    .codes("KOKkommuneregion0000", Array(QuerySplitterTests.regions.prefix(50))), .codes("ContentsCode", ["KOSAG110000"]),
                    .all("Tid"),
                ]
            )
            let url = query.dataURL(apiBase: env.server.pxwebBase)
            await #expect {
                try await env.pxweb(env.configuration()).data(query)
            } throws: { error in
                (error as? FetchError)?.errorDescription
                    == "SSB answered HTTP 400 \"Too many cells selected\" for \(url). The query selects more cells than SSB allows per query (800 000): "
                    + "lower maxDataCells so the client splits it, or select less."
            }
            // One metadata request (for '*') and one data request.
            #expect(await env.server.requests().map(\.path) == ["/api/pxwebapi/v2/tables/99001/metadata", "/api/pxwebapi/v2/tables/99001/data"])
        }
    }

    @Test("An HTML page instead of JSON is detected and not retried")
    func htmlInsteadOfJSON() async throws {
        try await withEnvironment { env in
            await env.routeReal12134()
            await env.server.enqueue([.htmlPage])
            await #expect {
                try await env.pxweb(env.configuration()).data(query12134)
            } throws: { error in
                (error as? FetchError)?.errorDescription
                    == "SSB answered an HTML page instead of JSON (HTTP 200) for \(env.url12134). A proxy, a login portal or an SSB maintenance page "
                    + "is in the way: open the URL in a browser to see it, and try again later."
            }
            #expect(await env.server.requestCount() == 1)
        }
    }

    @Test("An over-long URL gets SSB's HTML 404; the message points at the URL length")
    func overLongURL() async throws {
        try await withEnvironment { env in
            await env.server.serve(.kostra900())
            let query = PxWebQuery(
                table: "99001",
                selections: [
                    .codes("KOKkommuneregion0000", QuerySplitterTests.regions), .codes("ContentsCode", ["KOSAG110000"]), .codes("Tid", ["2024"]),
                ]
            )
            let url = query.dataURL(apiBase: env.server.pxwebBase)
            await #expect {
                try await env.pxweb(env.configuration(maxURLLength: 10_000)).data(query)
            } throws: { error in
                (error as? FetchError)?.errorDescription
                    == "SSB answered HTTP 404 for \(url). The table or path does not exist, or the URL (\(url.count) characters) is longer than SSB accepts "
                    + "for GET (about 2 100): check the table id, or lower maxURLLength so the query is split. Not retried."
            }
            #expect(await env.server.requestCount() == 1)
        }
    }

    @Test("An over-long query is split; the parts together cover every cell of the original exactly once")
    func splitAndReassemble() async throws {
        try await withEnvironment { env in
            let table = SyntheticTable.kostra900()
            await env.server.serve(table)
            let query = QuerySplitterTests.query(regions: QuerySplitterTests.regions)
            let parts = try await env.pxweb(env.configuration()).data(query)
            #expect(parts.count == 4)
            #expect(parts.map(\.index) == [0, 1, 2, 3])
            #expect(FetchedPart.inQueryOrder(parts.reversed()) == parts)
            let requests = await env.server.requests()
            #expect(requests.count == 4)
            #expect(requests.allSatisfy { $0.urlLength <= 2_000 })
            #expect(requests.map(\.target) == parts.map { String($0.url.dropFirst(env.server.origin.count)) })
            try expectCoversTable(parts, table)
        }
    }

    @Test("A '*' query over the cell limit is expanded from metadata and split; the parts cover the table once")
    func splitByCells() async throws {
        try await withEnvironment { env in
            let table = SyntheticTable.kostra900(maxCells: 1_000)
            await env.server.serve(table)
            let query = PxWebQuery(
                table: "99001",
                selections: [.all("KOKkommuneregion0000"), .codes("ContentsCode", ["KOSAG110000"]), .all("Tid")]
            )
            let client = env.pxweb(env.configuration(maxDataCells: 1_000))
            let plan = try await client.plan(query)
            let parts = try await client.data(query)
            #expect(parts.map(\.query) == plan)
            // 2 700 cells at 1 000 a request: the minimum, 3.
            #expect(parts.count == 3)
            #expect(await env.server.requests().filter { $0.path.hasSuffix("/metadata") }.count == 1)
            try expectCoversTable(parts, table)
        }
    }

    @Test("x-ratelimit-remaining 0 makes the next request wait one window")
    func rateLimitHeaders() async throws {
        try await withEnvironment { env in
            await env.routeReal12134()
            await env.server.enqueue([.headers(["x-ratelimit-limit": "40", "x-ratelimit-remaining": "0"])])
            let client = env.pxweb(env.configuration(throttle: .init(limit: 30, window: .seconds(60))))
            _ = try await client.data(query12134)
            var next = query12134
            next.selections[0] = .codes("KOKkommuneregion0000", ["0301"])
            _ = try? await client.data(next)
            #expect(env.clock.sleeps == [.seconds(60)])
            #expect(await env.server.requestCount() == 2)
        }
    }

    @Test("Table metadata is fetched, parsed and cached")
    func metadata() async throws {
        try await withEnvironment { env in
            let metadata = try await env.pxweb(env.configuration()).metadata(table: "12134")
            #expect(metadata.dimensions.map(\.id) == ["KOKkommuneregion0000", "ContentsCode", "Tid"])
            #expect(metadata.source?.url == "\(env.server.pxwebBase)/tables/12134/metadata?lang=no")
            let again = try await env.pxweb(env.configuration()).metadata(table: "12134")
            #expect(again.source?.fromCache == true)
            #expect(await env.server.requestCount() == 1)
        }
    }

    /// Every cell of the synthetic table appears in exactly one part, with its own value.
    private func expectCoversTable(_ parts: [FetchedPart], _ table: SyntheticTable) throws {
        var seen: [[String]: Int] = [:]
        for part in FetchedPart.inQueryOrder(parts) {
            let (ids, cells) = try JSONStatCells.read(part.body)
            #expect(ids == table.dimensions.map(\.id))
            for cell in cells {
                seen[cell.codes, default: 0] += 1
                let positions = zip(table.dimensions, cell.codes).map { dimension, code in dimension.codes.firstIndex(of: code) ?? -1 }
                #expect(cell.value == table.value(at: positions))
            }
        }
        #expect(seen.count == table.dimensions.reduce(1) { $0 * $1.codes.count })
        #expect(seen.values.allSatisfy { $0 == 1 })
    }

    @Test("/config: SSB's maxDataCells splits queries; a stated call limit is adopted, 0 leaves the headers in charge")
    func readsConfig() async throws {
        try await withEnvironment { env in
            // SSB's own answer as documented (maxCallsPerTimeWindow 0): the configured limit stands.
            let throttle = RequestThrottle(.init(limit: 30, window: .seconds(60)), clock: env.clock)
            let client = PxWebClient(configuration: env.configuration(), clock: env.clock, throttle: throttle, logger: env.logger)
            let config = try await client.config()
            #expect(config.maxDataCells == 800_000)
            #expect(config.maxCallsPerTimeWindow == nil)
            #expect(await throttle.currentLimit == 30)
            // A server stating 10 calls per 120 s (test data): 5 per our 60 s window.
            await env.server.route(
                ReplayRoute(
                    path: "/api/pxwebapi/v2/config",
                    source: .bytes(Data(#"{"apiVersion":"2.3.2","maxDataCells":40,"maxCallsPerTimeWindow":10,"timeWindow":120}"#.utf8))))
            let strict = RequestThrottle(.init(limit: 30, window: .seconds(60)), clock: env.clock)
            var fresh = env.configuration()
            fresh.cacheDirectory = fresh.cacheDirectory.appendingPathComponent("other")
            let other = PxWebClient(configuration: fresh, clock: env.clock, throttle: strict, logger: env.logger)
            #expect(try await other.config().maxDataCells == 40)
            #expect(await strict.currentLimit == 5)
            // Queries are then split at SSB's 40 cells.
            await env.server.serve(.kostra900())
            let query = PxWebQuery(
                table: "99001",
                selections: [
                    .codes("KOKkommuneregion0000", Array(QuerySplitterTests.regions.prefix(30))), .codes("ContentsCode", ["KOSAG110000"]),
                    .codes("Tid", ["2022", "2023"]),
                ])
            #expect(try await other.plan(query).count == 2)
        }
    }
}
