import Foundation
@testable import KostraFetch
import Testing

@Suite("ResponseCache")
struct ResponseCacheTests {
    static func temporaryCache() -> ResponseCache {
        ResponseCache(directory: FileManager.default.temporaryDirectory.appendingPathComponent("kostrafetch-cache-\(UUID().uuidString)"))
    }

    @Test("A stored answer is read back with its URL and fetch time; other URLs miss")
    func roundTrip() throws {
        let cache = Self.temporaryCache()
        defer { try? FileManager.default.removeItem(at: cache.directory) }
        let fetchedAt = Date(timeIntervalSince1970: 1_777_111_200)
        try cache.store(Array(#"{"a":1}"#.utf8), for: "https://data.ssb.no/x?a=1", fetchedAt: fetchedAt)
        let entry = try #require(cache.entry(for: "https://data.ssb.no/x?a=1"))
        #expect(entry.body == Array(#"{"a":1}"#.utf8))
        #expect(entry.fetchedAt == fetchedAt)
        #expect(cache.entry(for: "https://data.ssb.no/x?a=2") == nil)
    }

    @Test("Writes leave no temporary files, and each entry is a body plus a JSON sidecar naming the URL")
    func files() throws {
        let cache = Self.temporaryCache()
        defer { try? FileManager.default.removeItem(at: cache.directory) }
        let url = "https://data.ssb.no/api/pxwebapi/v2/tables/12134/metadata?lang=no"
        try cache.store([1, 2, 3], for: url, fetchedAt: Date(timeIntervalSince1970: 0))
        try cache.store([4, 5], for: url, fetchedAt: Date(timeIntervalSince1970: 60))
        let names = try FileManager.default.contentsOfDirectory(atPath: cache.directory.path).sorted()
        let slot = cache.slots(for: url)[0]
        #expect(names == ["\(slot).body", "\(slot).json"])
        let sidecar = try String(contentsOf: cache.directory.appendingPathComponent("\(slot).json"), encoding: .utf8)
        #expect(sidecar.contains(#""url":"https://data.ssb.no/api/pxwebapi/v2/tables/12134/metadata?lang=no""#))
        #expect(sidecar.contains(#""fetchedAt":"1970-01-01T00:01:00Z""#))
        #expect(cache.entry(for: url)?.body == [4, 5])
    }

    @Test("A hash collision is detected by the sidecar's URL and the entry goes to the next slot")
    func collision() throws {
        let cache = Self.temporaryCache()
        defer { try? FileManager.default.removeItem(at: cache.directory) }
        let url = "https://data.ssb.no/b"
        // Another URL already occupies this URL's first slot, as after a collision.
        let slot = cache.slots(for: url)[0]
        try FileManager.default.createDirectory(at: cache.directory, withIntermediateDirectories: true)
        try Data([9]).write(to: cache.directory.appendingPathComponent("\(slot).body"))
        try Data(#"{"url":"https://data.ssb.no/other","fetchedAt":"2026-01-01T00:00:00Z","bytes":1,"bodyHash":"x"}"#.utf8)
            .write(to: cache.directory.appendingPathComponent("\(slot).json"))
        #expect(cache.entry(for: url) == nil)
        try cache.store([7], for: url, fetchedAt: Date(timeIntervalSince1970: 0))
        #expect(cache.entry(for: url)?.body == [7])
        #expect(FileManager.default.fileExists(atPath: cache.directory.appendingPathComponent("\(slot)-1.json").path))
    }

    @Test("A body that does not match its sidecar is a miss")
    func damagedBody() throws {
        let cache = Self.temporaryCache()
        defer { try? FileManager.default.removeItem(at: cache.directory) }
        let url = "https://data.ssb.no/c"
        try cache.store([1, 2, 3], for: url, fetchedAt: Date(timeIntervalSince1970: 0))
        try Data([1, 2, 4]).write(to: cache.directory.appendingPathComponent("\(cache.slots(for: url)[0]).body"))
        #expect(cache.entry(for: url) == nil)
    }

    @Test("The default folder honours XDG_CACHE_HOME, else ~/.cache")
    func defaultDirectory() {
        #expect(ResponseCache.defaultDirectory(environment: ["XDG_CACHE_HOME": "/var/cache/u", "HOME": "/home/u"]).path == "/var/cache/u/kostra/ssb")
        #expect(ResponseCache.defaultDirectory(environment: ["HOME": "/home/u"]).path == "/home/u/.cache/kostra/ssb")
        // XDG says relative paths are invalid and must be ignored.
        #expect(ResponseCache.defaultDirectory(environment: ["XDG_CACHE_HOME": "rel", "HOME": "/home/u"]).path == "/home/u/.cache/kostra/ssb")
    }
}
