public import Foundation

/// Headless Chromium, run as a separate process, for PDF printing and chart pictures.
///
/// Each run gets its own profile folder, so several reports can print at once, and a time
/// limit, so a hung browser cannot hang a batch.
public struct Chromium: Sendable {
    public let executable: String
    public var timeout: Duration

    /// The names looked for on `PATH` when `KOSTRA_CHROMIUM` is not set.
    public static let candidates = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]

    public init(executable: String, timeout: Duration = .seconds(90)) {
        self.executable = executable
        self.timeout = timeout
    }

    /// Finds Chromium: `KOSTRA_CHROMIUM` if set, otherwise the first candidate on `PATH`.
    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) throws(KitError) -> Chromium {
        if let explicit = environment["KOSTRA_CHROMIUM"], !explicit.isEmpty {
            guard FileManager.default.isExecutableFile(atPath: explicit) else {
                throw .chromiumMissing(searched: "KOSTRA_CHROMIUM=\(explicit) (not an executable file)")
            }
            return Chromium(executable: explicit)
        }
        let path = environment["PATH"] ?? ""
        for name in candidates {
            for folder in path.split(separator: ":") {
                let candidate = "\(folder)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) { return Chromium(executable: candidate) }
            }
        }
        throw .chromiumMissing(searched: "\(candidates.joined(separator: ", ")) on PATH (\(path.isEmpty ? "empty" : path))")
    }

    /// Prints an HTML file to an A4 PDF; the page's own `@page` rules set margins and page numbers.
    public func printPDF(html: URL, to pdf: URL) async throws(KitError) {
        try await run(
            ["--no-pdf-header-footer", "--generate-pdf-document-outline", "--print-to-pdf=\(pdf.path)", html.absoluteString], expecting: pdf)
    }

    /// A PNG screenshot of an HTML page at a CSS size, at twice the pixel density for print.
    public func screenshot(html: URL, to png: URL, width: Int, height: Int) async throws(KitError) {
        try await run(
            [
                "--screenshot=\(png.path)", "--window-size=\(width),\(height)", "--force-device-scale-factor=2", "--hide-scrollbars",
                "--default-background-color=ffffffff", html.absoluteString,
            ],
            expecting: png)
    }

    private func run(_ arguments: [String], expecting output: URL) async throws(KitError) {
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("kostra-chromium-\(UUID().uuidString)")
        let log = profile.appendingPathExtension("log")
        defer {
            try? FileManager.default.removeItem(at: profile)
            try? FileManager.default.removeItem(at: log)
        }
        var options = ["--headless", "--disable-gpu", "--no-first-run", "--disable-extensions", "--user-data-dir=\(profile.path)"]
        // Chromium's sandbox refuses to start as root; elsewhere it stays on.
        if getuid() == 0 { options.append("--no-sandbox") }
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let handle = FileHandle(forWritingAtPath: log.path)
        let outcome = await ExternalProgram(executable: executable, timeout: timeout).run(options + arguments, log: handle)
        try? handle?.close()
        let status: Int32
        switch outcome {
        case .couldNotStart(let reason):
            throw .chromiumFailed(executable: executable, reason: "it could not be started: \(reason)")
        case .timedOut:
            throw .chromiumFailed(executable: executable, reason: "it did not finish within \(timeout)")
        case .exited(let code):
            status = code
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: output.path)[.size] as? Int) ?? 0
        guard status == 0, size > 0 else {
            let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            let lines = text.split(separator: "\n").filter { !$0.contains("dbus") && !$0.contains("D-Bus") }.suffix(3).joined(separator: " | ")
            throw .chromiumFailed(executable: executable, reason: "it exited with status \(status) and wrote no file (\(lines))")
        }
    }
}
