import Foundation

/// A bounded local load with `wrk` against one server on 127.0.0.1: throughput and latency percentiles.
struct LoadResult: Sendable {
    var requestsPerSecond: Double
    var p50: Double
    var p99: Double
    var errors: Int

    /// Runs `wrk --latency` for `seconds` with `connections` connections on one thread; with
    /// `script`, a Lua file that chooses each request's path.
    static func measure(url: String, script: String? = nil, seconds: Int = 10, connections: Int = 16) throws -> LoadResult {
        guard url.hasPrefix("http://127.0.0.1") || url.hasPrefix("http://localhost") else {
            throw BenchError.child("load is only run against 127.0.0.1, not \(url)")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/wrk")
        process.arguments = ["-t1", "-c\(connections)", "-d\(seconds)s", "--latency"] + (script.map { ["-s", $0] } ?? []) + [url]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw BenchError.child("wrk could not be started (/usr/bin/wrk; scripts/bench installs Debian's wrk): \(error)")
        }
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw BenchError.child("wrk exited with \(process.terminationStatus)") }
        return try parse(text)
    }

    /// Reads wrk's report: `Requests/sec:`, the `Latency Distribution` lines and any error counts.
    static func parse(_ text: String) throws -> LoadResult {
        var result = LoadResult(requestsPerSecond: .nan, p50: .nan, p99: .nan, errors: 0)
        for line in text.split(separator: "\n").map({ $0.trimmingCharacters(in: .whitespaces) }) {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            if line.hasPrefix("Requests/sec:"), fields.count >= 2 { result.requestsPerSecond = Double(fields[1]) ?? .nan }
            if line.hasPrefix("50%"), fields.count >= 2 { result.p50 = duration(fields[1]) }
            if line.hasPrefix("99%"), fields.count >= 2 { result.p99 = duration(fields[1]) }
            if line.hasPrefix("Non-2xx or 3xx responses:"), let last = fields.last { result.errors += Int(last) ?? 0 }
            if line.hasPrefix("Socket errors:") {
                // "Socket errors: connect 0, read 0, write 0, timeout 0"
                result.errors += fields.compactMap { Int($0.trimmingCharacters(in: CharacterSet(charactersIn: ","))) }.reduce(0, +)
            }
        }
        guard !result.requestsPerSecond.isNaN else { throw BenchError.child("could not read wrk's report:\n\(text)") }
        return result
    }

    /// `1.23ms`, `850.00us`, `1.02s` in seconds.
    static func duration(_ text: String) -> Double {
        for (suffix, scale) in [("us", 1e-6), ("ms", 1e-3), ("s", 1.0)] where text.hasSuffix(suffix) {
            return (Double(text.dropLast(suffix.count)) ?? .nan) * scale
        }
        return .nan
    }

    /// The median of each figure over rounds of the same route; errors are added up.
    static func median(of rounds: [LoadResult]) -> LoadResult {
        LoadResult(
            requestsPerSecond: ChildResult.median(rounds.map(\.requestsPerSecond)), p50: ChildResult.median(rounds.map(\.p50)),
            p99: ChildResult.median(rounds.map(\.p99)), errors: rounds.map(\.errors).reduce(0, +))
    }

    /// The figures as `info` entries of a child's result, prefixed with `name`.
    func info(_ name: String) -> [String: Double] {
        [name + "RPS": requestsPerSecond, name + "P50": p50, name + "P99": p99, name + "Errors": Double(errors)]
    }

    init(requestsPerSecond: Double, p50: Double, p99: Double, errors: Int) {
        self.requestsPerSecond = requestsPerSecond
        self.p50 = p50
        self.p99 = p99
        self.errors = errors
    }

    /// The figures read back from `info` entries written by ``info(_:)``.
    init?(_ info: [String: Double], _ name: String) {
        guard let rps = info[name + "RPS"] else { return nil }
        self.init(
            requestsPerSecond: rps, p50: info[name + "P50"] ?? .nan, p99: info[name + "P99"] ?? .nan,
            errors: Int(info[name + "Errors"] ?? 0))
    }
}
