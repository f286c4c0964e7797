import Foundation

/// Runs a helper program (Chromium, LibreOffice) to its end or a deadline, without blocking a
/// thread while it works; each caller turns the outcome into its own error.
struct ExternalProgram {
    enum Outcome {
        case exited(status: Int32)
        case couldNotStart(reason: String)
        case timedOut
    }

    var executable: String
    var timeout: Duration

    /// Runs with `arguments`, its output and errors going to `log` (discarded when `nil`).
    func run(_ arguments: [String], log: FileHandle? = nil) async -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = log ?? FileHandle.nullDevice
        process.standardError = log ?? FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return .couldNotStart(reason: error.localizedDescription)
        }
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: timeout)
        // Polled rather than waited for, so the task's thread is free while the program works.
        while process.isRunning {
            if clock.now > deadline {
                process.terminate()
                process.waitUntilExit()
                return .timedOut
            }
            try? await Task.sleep(for: .milliseconds(50))
        }
        return .exited(status: process.terminationStatus)
    }
}
