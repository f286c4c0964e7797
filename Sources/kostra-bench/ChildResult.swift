import Foundation

/// What one measurement process reports: the time of each run, its peak memory and counts.
struct ChildResult: Codable, Sendable {
    /// Seconds per run.
    var seconds: [Double]
    /// The process's peak resident memory (VmHWM) in kB.
    var peakKB: Int
    /// Counts and sizes that turn seconds into rates (cells, bytes, reports...).
    var info: [String: Double]

    var median: Double { Self.median(seconds) }

    /// The middle value; for an even count, the mean of the two middle values.
    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return .nan }
        return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }

    /// This process's peak resident memory, from /proc/self/status.
    static func peakKilobytes() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            return Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "") ?? 0
        }
        return 0
    }

    func printJSON() throws {
        let data = try JSONEncoder().encode(self)
        FileHandle.standardOutput.write(data)
        FileHandle.standardOutput.write(Data("\n".utf8))
    }
}

/// Times `body` once.
func timed<T>(_ body: () throws -> T) rethrows -> (T, Double) {
    let start = DispatchTime.now().uptimeNanoseconds
    let result = try body()
    return (result, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
}

/// Times `body` once.
func timedAsync<T>(_ body: () async throws -> T) async rethrows -> (T, Double) {
    let start = DispatchTime.now().uptimeNanoseconds
    let result = try await body()
    return (result, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
}
