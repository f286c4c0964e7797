import Foundation

/// Runs one measurement in its own process, so each peak memory figure is that measurement's alone.
struct ChildRunner: Sendable {
    var dataFolder: String
    var python: String?
    var baselineScript: String

    /// `kostra-bench child NAME ...` in a new process.
    func swift(_ name: String, runs: Int, arguments: [String] = []) throws -> ChildResult {
        let executable = Bundle.main.executablePath ?? CommandLine.arguments[0]
        return try launch(
            executable, ["child", name, "--data", dataFolder, "--runs", String(runs)] + arguments, label: "kostra-bench \(name)")
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
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0, let line = data.split(separator: UInt8(ascii: "\n")).last else {
            throw BenchError.child("\(label) exited with \(process.terminationStatus)")
        }
        return try JSONDecoder().decode(ChildResult.self, from: Data(line))
    }
}
