import Foundation

/// Runs one measurement in its own process, so each peak memory figure is that measurement's alone.
struct ChildRunner: Sendable {
    var dataFolder: String
    var python: String?
    var baselineScript: String
    /// The CPU steal each measurement process ran under (``CPUTimes``).
    var steal = StealLog()

    /// `kostra-bench child NAME ...` in a new process.
    func swift(_ name: String, runs: Int, arguments: [String] = []) throws -> ChildResult {
        let executable = Bundle.main.executablePath ?? CommandLine.arguments[0]
        return try launch(
            executable, ["child", name, "--data", dataFolder, "--runs", String(runs)] + arguments, label: "kostra-bench \(name)")
    }

    /// `kostra-bench child NAME --runs 1` in a new process for each run, as a user runs one import per
    /// `kostra import`: each run's peak memory is then its own, not raised by the runs before it in
    /// the same process (freed memory that the allocator keeps for threads that are gone). The
    /// result has every run's time, the highest peak, and the median of each figure in `info`.
    func swiftEach(_ name: String, runs: Int) throws -> ChildResult {
        let results = try (0..<max(1, runs)).map { _ in try swift(name, runs: 1) }
        var info: [String: Double] = [:]
        for key in Set(results.flatMap(\.info.keys)) {
            let values = results.compactMap { $0.info[key] }.sorted()
            info[key] = values[values.count / 2]
        }
        return ChildResult(seconds: results.flatMap(\.seconds), peakKB: results.map(\.peakKB).max() ?? 0, info: info)
    }

    /// `python scripts/bench-baselines.py NAME DATA RUNS` in a new process, or `nil` without a Python venv.
    func python(_ name: String, runs: Int) throws -> ChildResult? {
        guard let python else { return nil }
        return try launch(python, [baselineScript, name, dataFolder, String(runs)], label: "python \(name)")
    }

    private func launch(_ executable: String, _ arguments: [String], label: String) throws -> ChildResult {
        FileHandle.standardError.write(Data("  measuring \(label)…\n".utf8))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        let before = CPUTimes.now()
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0, let line = data.split(separator: UInt8(ascii: "\n")).last else {
            throw BenchError.child("\(label) exited with \(process.terminationStatus)")
        }
        var result = try JSONDecoder().decode(ChildResult.self, from: Data(line))
        if let before, let share = CPUTimes.now()?.stealShare(since: before) {
            steal.record(label, share)
            result.info["stealShare"] = share
        }
        return result
    }
}
