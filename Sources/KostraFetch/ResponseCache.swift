public import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// An on-disk cache of SSB answers, keyed by the exact URL.
///
/// Each entry is two files named after a stable hash of the URL: `<hash>.body` (the bytes
/// as received) and `<hash>.json`, a small sidecar with the URL, the fetch time, the byte
/// count and a hash of the body. The sidecar is what makes an entry exist; it is written
/// last, and both files are written to a temporary file and renamed, so a reader never
/// sees half an entry. A hash collision is detected by comparing the sidecar's URL and
/// resolved by probing `<hash>-1`, `<hash>-2`, ….
public struct ResponseCache: Sendable {
    /// A cached answer.
    public struct Entry: Sendable, Hashable {
        /// The exact URL.
        public var url: String
        /// The body as received.
        public var body: [UInt8]
        /// When SSB answered.
        public var fetchedAt: Date
    }

    /// The folder holding the entries.
    public let directory: URL

    /// How many slots to probe after a hash collision before giving up on caching a URL.
    private static let maxProbes = 8

    /// Creates a cache in `directory` (created on first write).
    public init(directory: URL) {
        self.directory = directory
    }

    /// The default folder: `$XDG_CACHE_HOME/kostra/ssb`, else `~/.cache/kostra/ssb`.
    public static func defaultDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") {
            return URL(fileURLWithPath: xdg, isDirectory: true).appendingPathComponent("kostra/ssb", isDirectory: true)
        }
        let home =
            environment["HOME"].map { URL(fileURLWithPath: $0, isDirectory: true) }
            ?? FileManager.default.homeDirectoryForCurrentUser
        return home.appendingPathComponent(".cache/kostra/ssb", isDirectory: true)
    }

    /// The entry for `url`, or `nil` when there is none (or it is damaged).
    public func entry(for url: String) -> Entry? {
        for slot in slots(for: url) {
            guard let sidecar = readSidecar(slot) else { return nil }
            guard sidecar.url == url else { continue }
            guard let data = try? Data(contentsOf: bodyFile(slot)) else { return nil }
            let body = [UInt8](data)
            // A body that does not match its sidecar was overwritten by another writer: treat as a miss.
            guard body.count == sidecar.bytes, StableHash.hex(StableHash.fnv1a64(body)) == sidecar.bodyHash else { return nil }
            return Entry(url: url, body: body, fetchedAt: sidecar.fetchedAt)
        }
        return nil
    }

    /// Stores `body` as the answer for `url`.
    public func store(_ body: [UInt8], for url: String, fetchedAt: Date) throws(FetchError) {
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw .cacheFailure(path: directory.path, reason: error.localizedDescription)
        }
        guard let slot = slots(for: url).first(where: { readSidecar($0).map { $0.url == url } ?? true }) else {
            // Every probe slot holds another URL: skip caching rather than evict a colliding entry.
            return
        }
        let sidecar = Sidecar(
            url: url,
            fetchedAt: fetchedAt,
            bytes: body.count,
            bodyHash: StableHash.hex(StableHash.fnv1a64(body))
        )
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do {
            try writeAtomically(Data(body), to: bodyFile(slot))
            try writeAtomically(encoder.encode(sidecar), to: sidecarFile(slot))
        } catch let error as FetchError {
            throw error
        } catch {
            throw .cacheFailure(path: directory.path, reason: error.localizedDescription)
        }
    }

    /// The file names (without extension) an entry for `url` may have, in probe order.
    func slots(for url: String) -> [String] {
        let base = StableHash.hex(StableHash.fnv1a64(url.utf8))
        return [base] + (1..<Self.maxProbes).map { "\(base)-\($0)" }
    }

    private func bodyFile(_ slot: String) -> URL { directory.appendingPathComponent("\(slot).body") }
    private func sidecarFile(_ slot: String) -> URL { directory.appendingPathComponent("\(slot).json") }

    private func readSidecar(_ slot: String) -> Sidecar? {
        guard let data = try? Data(contentsOf: sidecarFile(slot)) else { return nil }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try? decoder.decode(Sidecar.self, from: data)
    }

    /// Writes to a unique temporary file in the same folder, then renames it over the
    /// target: rename(2) is atomic within one file system.
    private func writeAtomically(_ data: Data, to target: URL) throws {
        let temporary = directory.appendingPathComponent(".\(target.lastPathComponent).\(UUID().uuidString).tmp")
        try data.write(to: temporary)
        if rename(temporary.path, target.path) != 0 {
            let code = errno
            try? FileManager.default.removeItem(at: temporary)
            throw FetchError.cacheFailure(path: target.path, reason: "rename failed (errno \(code))")
        }
    }

    /// The sidecar's JSON.
    private struct Sidecar: Codable {
        var url: String
        var fetchedAt: Date
        var bytes: Int
        var bodyHash: String
    }
}
