import Foundation
import KostraFetch
import KostraKit
import KostraModel
import KostraStore
import KostraTesting
import Testing

/// Answers a new user could meet: each fails with one clear error naming the URL and the
/// position, and nothing is stored.
@Suite("kostra fetch: bad answers")
struct FetchBadAnswerTests {
    static let dataPath = "/api/pxwebapi/v2/tables/07459/data"

    /// A small, well-formed 07459 answer for Bærum 2024, as text to corrupt.
    static let goodAnswer = """
        {"version":"2.0","class":"dataset","label":"07459","id":["Region","Alder","ContentsCode","Tid"],"size":[1,1,1,1],
        "dimension":{"Region":{"category":{"index":{"3201":0}}},"Alder":{"category":{"index":{"018":0}}},
        "ContentsCode":{"category":{"index":{"Personer1":0}}},"Tid":{"category":{"index":{"2024":0}}}},"value":[1234]}
        """

    /// Serves `body` for every 07459 data request, fetches Bærum 2023 (table year 2024),
    /// and returns the error after checking nothing was stored.
    func failure(serving body: String, contentType: String = "application/json; charset=utf-8") async throws -> any Error {
        var caught: (any Error)?
        try await withFetchFixture { fixture in
            await fixture.environment.server.route(
                ReplayRoute(path: Self.dataPath, source: .bytes(Data(body.utf8)), contentType: contentType))
            do {
                _ = try await fixture.fetch(["Bærum"], years: 2023...2023, indicators: ["population-18-66"])
            } catch {
                caught = error
            }
            let stored = try await fixture.count()
            #expect(stored == 0)
        }
        return try #require(caught)
    }

    @Test("Truncated JSON names the URL and the byte where it ends")
    func truncated() async throws {
        let error = try await failure(serving: String(Self.goodAnswer.prefix(150)))
        let message = error.localizedDescription
        #expect(message.contains(Self.dataPath))
        #expect(message.contains("byte"))
        #expect(message.contains("Nothing was stored"))
    }

    @Test("A size that does not match the value count is refused")
    func wrongSize() async throws {
        let body = Self.goodAnswer.replacingOccurrences(of: "\"value\":[1234]", with: "\"value\":[1234,5678]")
        let message = try await failure(serving: body).localizedDescription
        #expect(message.contains(Self.dataPath))
        #expect(message.contains("2 values"))
    }

    @Test("A dimension the query did not select is refused")
    func unknownDimension() async throws {
        let body = Self.goodAnswer
            .replacingOccurrences(of: "\"id\":[\"Region\",", with: "\"id\":[\"Kjonn\",\"Region\",")
            .replacingOccurrences(of: "\"size\":[1,", with: "\"size\":[1,1,")
            .replacingOccurrences(of: "\"dimension\":{", with: "\"dimension\":{\"Kjonn\":{\"category\":{\"index\":{\"1\":0}}},")
        let message = try await failure(serving: body).localizedDescription
        #expect(message.contains(Self.dataPath))
        #expect(message.contains("unknown dimension Kjonn (position 1"))
    }

    @Test("An HTML error page instead of JSON is refused")
    func htmlPage() async throws {
        let message = try await failure(
            serving: "<!DOCTYPE html><html><body><h1>404 - File or directory not found.</h1></body></html>",
            contentType: "text/html"
        ).localizedDescription
        #expect(message.contains(Self.dataPath))
        #expect(message.contains("HTML"))
    }

    @Test("A municipality code the query did not ask for is refused")
    func unknownMunicipalityCode() async throws {
        let body = Self.goodAnswer.replacingOccurrences(of: "{\"3201\":0}", with: "{\"9999\":0}")
        let message = try await failure(serving: body).localizedDescription
        #expect(message.contains(Self.dataPath))
        #expect(message.contains("unknown municipality code 9999 at position 1"))
    }

    @Test("An unknown municipality name fails before any request, with suggestions")
    func unknownName() async throws {
        try await withFetchFixture { fixture in
            await #expect(throws: ModelError.self) {
                _ = try await fixture.fetch(["Bærumm"], years: 2023...2023)
            }
            #expect(await fixture.environment.server.requestCount() == 0)
        }
    }
}
