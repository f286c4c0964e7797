import Foundation
import KostraFetch
import KostraTesting
import Testing

@Suite("KlassClient against the replay server")
struct KlassClientTests {
    static let codesAtPath = "/api/klass/v1/classifications/131/codesAt"
    static let changesPath = "/api/klass/v1/classifications/131/changes"

    static func day(_ text: String) throws -> KlassDate {
        try #require(KlassDate(text))
    }

    @Test("codesAt 2026-01-01 from the real KLASS answer: 358 codes, 3201 Bærum among them")
    func codesAt() async throws {
        try await withEnvironment { env in
            await env.server.route(Self.codesAtPath, query: ["date": "2026-01-01", "language": "nb"], file: SharedFixtures.url(realKlassCodesAtFile))
            let list = try await env.klass(env.configuration()).codesAt(date: Self.day("2026-01-01"))
            #expect(list.codes.count == 358)
            #expect(list.codes.first { $0.code == "3201" }?.name == "Bærum")
            #expect(list.codes.first { $0.code == "9999" }?.name == "Uoppgitt")
            #expect(list.codes.first?.parentCode == nil && list.codes.first?.level == "1")
            #expect(list.source.url == "\(env.server.klassBase)/classifications/131/codesAt?date=2026-01-01&language=nb")
            #expect(list.source.fromCache == false)

            let again = try await env.klass(env.configuration()).codesAt(date: Self.day("2026-01-01"))
            #expect(again.codes == list.codes)
            #expect(again.source.fromCache == true)
            #expect(await env.server.requestCount() == 1)
        }
    }

    @Test("changes decodes the feed's fields: 118 changes on 2024-01-01, Bærum 3024 → 3201")
    func changes() async throws {
        try await withEnvironment { env in
            await env.server.route(
                ReplayRoute(
                    path: Self.changesPath,
                    source: .computed { parameters in
                        let from = parameters.first { $0.name == "from" }?.value ?? ""
                        let to = parameters.first { $0.name == "to" }?.value ?? ""
                        return (200, try KlassChangesFixture.answer(from: from, to: to))
                    })
            )
            let client = env.klass(env.configuration())
            let list = try await client.changes(from: Self.day("2024-01-01"), to: Self.day("2024-01-02"))
            #expect(list.changes.count == 118)
            let baerum = try #require(list.changes.first { $0.oldCode == "3024" })
            #expect(
                baerum
                    == KlassCodeChange(
                        changeOccurred: try Self.day("2024-01-01"), oldCode: "3024", oldName: "Bærum", newCode: "3201", newName: "Bærum"))
            #expect(list.source.url == "\(env.server.klassBase)/classifications/131/changes?from=2024-01-01&to=2024-01-02")

            let all = try await client.changes(from: Self.day("2011-01-01"), to: Self.day("2025-01-01"))
            #expect(all.changes.count == 516)
            #expect(all.changes.filter { $0.changeOccurred == (try? Self.day("2020-01-01")) }.count == 317)
        }
    }

    @Test("A body that is not a KLASS answer is reported with the URL and the missing field")
    func wrongShape() async throws {
        try await withEnvironment { env in
            await env.server.route(ReplayRoute(path: Self.codesAtPath, source: .bytes(Data(#"{"items":[]}"#.utf8))))
            let client = env.klass(env.configuration())
            let url = client.codesAtURL(date: try Self.day("2026-01-01"))
            await #expect {
                try await client.codesAt(date: Self.day("2026-01-01"))
            } throws: { error in
                (error as? FetchError)?.errorDescription
                    == "The answer from \(url) could not be used: not a KLASS answer (missing \"codes\"). Fetch it again; if it persists, report the URL."
            }
        }
    }

    @Test("KlassDate reads and writes YYYY-MM-DD and rejects impossible days")
    func dates() throws {
        #expect(try Self.day("2024-02-29").description == "2024-02-29")
        #expect(KlassDate("2023-02-29") == nil)
        #expect(KlassDate("2024-1-01") == nil)
        #expect(try Self.day("2020-01-01") < Self.day("2024-01-01"))
    }
}
