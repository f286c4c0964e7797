import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

/// Every API route against the real server, each body checked against the served OpenAPI document.
@Suite("JSON API")
struct APIRouteTests {
    /// Each route with a query that must give 200, and what the body must hold beyond the schema.
    static let routes: [(path: String, query: String)] = [
        ("/api/v1/regions", ""),
        ("/api/v1/indicators", "?baseFigures=true"),
        ("/api/v1/observations", "?indicator=net-expenditure-per-18-66&region=B%C3%A6rum&from=2021&to=2024&limit=50"),
        ("/api/v1/profile", "?municipality=B%C3%A6rum&year=2024"),
        ("/api/v1/series", "?municipality=3201&network=asss"),
        ("/api/v1/commentary", "?municipality=baerum"),
        ("/api/v1/averages", "?indicator=payout-per-recipient&year=2024&peers=B%C3%A6rum,Asker&method=unweighted"),
        // The bundled figures hold Asker's and Bærum's share of young recipients.
        ("/api/v1/ranks", "?indicator=recipients-18-24-share&year=2024"),
        // JSON-stat 2.0 datasets instead of the API's own JSON.
        ("/api/v1/observations", "?region=B%C3%A6rum&format=jsonstat"),
        ("/api/v1/profile", "?municipality=baerum&year=2024&format=jsonstat"),
        ("/api/v1/series", "?municipality=3201&network=asss&format=jsonstat"),
    ]

    @Test("Every route's answer matches its schema in /api/v1/openapi.json", arguments: routes)
    func matchesSchema(path: String, query: String) async throws {
        try await ServerHarness.withServer { client, _ in
            let document = try #require(try await ServerHarness.get(client, "/api/v1/openapi.json").json)
            #expect(document["openapi"]?.string == "3.1.0")
            let check = JSONSchemaCheck(document: document)
            let response = try await ServerHarness.get(client, path + query)
            #expect(response.status == .ok, "\(path): \(response.text.prefix(300))")
            #expect(response.headers[.contentType] == "application/json; charset=utf-8")
            let body = try #require(response.json)
            let schema = try #require(check.responseSchema(path: path, status: "200"), "no schema for \(path)")
            let problems = check.violations(of: body, against: schema)
            #expect(problems.isEmpty, "\(path): \(problems.prefix(10))")
        }
    }

    @Test("The routes return real figures: Bærum's 2024 profile, its series and SSB symbols kept")
    func content() async throws {
        try await ServerHarness.withServer { client, _ in
            let profile = try #require(try await ServerHarness.get(client, "/api/v1/profile?municipality=Baerum&year=2024").json)
            #expect(profile["municipality"]?["name"]?.string == "Bærum")
            #expect(profile["year"] == .integer(2024))
            #expect((profile["rows"]?.array?.count ?? 0) >= 5)
            let series = try #require(try await ServerHarness.get(client, "/api/v1/series?municipality=Baerum").json)
            let first = try #require(series["series"]?.array?.first)
            #expect(first["lines"]?.array?.first?["role"]?.string == "municipality")
            let observations = try #require(try await ServerHarness.get(client, "/api/v1/observations?region=3201&limit=5").json)
            #expect(observations["observations"]?.array?.count == 5)
            #expect(observations["limit"] == .integer(5))
            if case .integer(let total)? = observations["total"] { #expect(total > 5) } else { Issue.record("no total") }
            let commentary = try #require(try await ServerHarness.get(client, "/api/v1/commentary?municipality=Baerum").json)
            #expect((commentary["sentences"]?.array?.count ?? 0) > 0)
        }
    }

    @Test("Averages state method, contributors and missing members; analyses without stored inputs say what is missing")
    func analyses() async throws {
        try await ServerHarness.withServer { client, _ in
            let document = try #require(try await ServerHarness.get(client, "/api/v1/openapi.json").json)
            let check = JSONSchemaCheck(document: document)
            let average = try #require(
                try await ServerHarness.get(
                    client, "/api/v1/averages?indicator=payout-per-recipient&year=2024&peers=Baerum,Asker,Oslo&method=unweighted"
                ).json)
            #expect(average["contributors"]?.array?.count == 1)
            #expect(average["missing"]?.array?.count == 2)
            #expect(average["method"]?.string?.isEmpty == false)
            // One member of twelve is no ASSS average: 422 with the rule from networks.json.
            let asss = try await ServerHarness.get(client, "/api/v1/averages?indicator=payout-per-recipient&year=2024&method=unweighted")
            #expect(asss.status.code == 422)
            #expect(asss.json?["error"]?["message"]?.string?.contains("only 1 of 12 members has a figure (Bærum)") == true)
            // A weighted average needs numerators and denominators, which the bundled figures do not have.
            for (path, query) in [
                ("/api/v1/averages", "?indicator=payout-per-recipient&year=2024"),
                ("/api/v1/decomposition", "?municipality=Baerum&from=2020&to=2024"), ("/api/v1/peers", "?municipality=Baerum&n=5"),
            ] {
                let response = try await ServerHarness.get(client, path + query)
                #expect(response.status.code == 422, "\(path): \(response.text.prefix(300))")
                let body = try #require(response.json)
                let schema = try #require(check.responseSchema(path: path, status: "422"))
                #expect(check.violations(of: body, against: schema).isEmpty)
            }
            // Both years are valid; that they are in the wrong order is a 422, as the document says.
            let reversed = try await ServerHarness.get(client, "/api/v1/decomposition?municipality=Baerum&from=2024&to=2020")
            #expect(reversed.status.code == 422)
            let twoScopes = try await ServerHarness.get(client, "/api/v1/averages?indicator=rbi&year=2024&network=asss&national=true")
            #expect(twoScopes.status == .badRequest)
        }
    }

    @Test("Errors follow the documented error schema")
    func errorSchema() async throws {
        try await ServerHarness.withServer { client, _ in
            let document = try #require(try await ServerHarness.get(client, "/api/v1/openapi.json").json)
            let check = JSONSchemaCheck(document: document)
            for (uri, status) in [("/api/v1/profile?municipality=Bxrum", "404"), ("/api/v1/profile?municipality=Baerum&year=1800", "400")] {
                let response = try await ServerHarness.get(client, uri)
                #expect(String(response.status.code) == status)
                let body = try #require(response.json)
                let schema = try #require(check.responseSchema(path: "/api/v1/profile", status: status))
                #expect(check.violations(of: body, against: schema).isEmpty)
            }
        }
    }

    @Test("ETag is a hash of the body, Last-Modified the newest source, and If-None-Match gives 304")
    func caching() async throws {
        try await ServerHarness.withServer { client, _ in
            let uri = "/api/v1/profile?municipality=Baerum"
            let first = try await ServerHarness.get(client, uri)
            let tag = try #require(first.headers[.eTag])
            #expect(tag.hasPrefix("\"") && tag.hasSuffix("\""))
            #expect(first.headers[.lastModified]?.hasSuffix("GMT") == true)
            let again = try await ServerHarness.get(client, uri)
            #expect(again.headers[.eTag] == tag, "the same body must give the same tag")
            let other = try await ServerHarness.get(client, "/api/v1/profile?municipality=Baerum&year=2023")
            #expect(other.headers[.eTag] != tag)
            let cached = try await ServerHarness.get(client, uri, headers: [.ifNoneMatch: tag])
            #expect(cached.status == .notModified)
            #expect(cached.body.readableBytes == 0)
            let stale = try await ServerHarness.get(client, uri, headers: [.ifNoneMatch: "\"0000000000000000-1\""])
            #expect(stale.status == .ok)
        }
    }

    @Test("Every answer carries a request id and a strict content security policy")
    func headers() async throws {
        try await ServerHarness.withServer { client, _ in
            let one = try await ServerHarness.get(client, "/api/v1/regions")
            let two = try await ServerHarness.get(client, "/api/v1/regions")
            let id = try #require(one.headers[.init("X-Request-Id")!])
            #expect(id != two.headers[.init("X-Request-Id")!])
            #expect(one.headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true)
        }
    }
}
