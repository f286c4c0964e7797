import Foundation
import KostraTesting
import Testing

/// Runs the real tools the report tests read outputs back with: poppler (pdftotext,
/// pdfinfo, pdffonts, pdftoppm) and LibreOffice (soffice), all installed by scripts/setup.
enum ExternalTool {
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func path(_ name: String) -> String? {
        for folder in ["/usr/bin", "/usr/local/bin", "/bin"] where FileManager.default.isExecutableFile(atPath: "\(folder)/\(name)") {
            return "\(folder)/\(name)"
        }
        return nil
    }

    static func run(_ name: String, _ arguments: [String], directory: URL? = nil, environment: [String: String] = [:]) async throws -> Output {
        let tool = try #require(path(name), "\(name) is not installed; run scripts/setup")
        return try await onOwnThread { try runWaiting(tool, arguments, directory: directory, environment: environment) }
    }

    /// Starts the tool and blocks until it has exited: only on a thread of its own (``onOwnThread(_:)``).
    private static func runWaiting(_ tool: String, _ arguments: [String], directory: URL?, environment: [String: String]) throws -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        var env = ProcessInfo.processInfo.environment
        env.merge(environment) { $1 }
        process.environment = env
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("tool-\(UUID().uuidString).out")
        let err = out.appendingPathExtension("err")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: out)
            try? FileManager.default.removeItem(at: err)
        }
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        process.waitUntilExit()
        return Output(
            status: process.terminationStatus, stdout: (try? String(contentsOf: out, encoding: .utf8)) ?? "",
            stderr: (try? String(contentsOf: err, encoding: .utf8)) ?? "")
    }

    /// The text of a PDF (all pages, or one), laid out as on the page.
    static func pdfText(_ pdf: URL, page: Int? = nil) async throws -> String {
        var arguments = ["-layout"]
        if let page { arguments += ["-f", String(page), "-l", String(page)] }
        return try await run("pdftotext", arguments + [pdf.path, "-"]).stdout
    }

    /// `pdfinfo`'s fields, e.g. `Pages` and `Page size`.
    static func pdfInfo(_ pdf: URL) async throws -> [String: String] {
        var info: [String: String] = [:]
        for line in try await run("pdfinfo", [pdf.path]).stdout.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            info[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return info
    }

    /// The share of non-white pixels on each page, from greyscale renderings at 20 dpi.
    static func inkPerPage(_ pdf: URL, folder: URL) async throws -> [Double] {
        let prefix = folder.appendingPathComponent("page").path
        let result = try await run("pdftoppm", ["-gray", "-r", "20", pdf.path, prefix])
        #expect(result.status == 0, "\(result.stderr)")
        let pages = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasPrefix("page") && $0.hasSuffix(".pgm") }.sorted()
        return try pages.map { name in try ink(ofPGM: Data(contentsOf: folder.appendingPathComponent(name))) }
    }

    /// Reads a binary PGM (P5): the header has four fields, then one byte per pixel.
    static func ink(ofPGM data: Data) throws -> Double {
        var fields: [String] = []
        var index = data.startIndex
        var current = ""
        while fields.count < 4, index < data.endIndex {
            let byte = data[index]
            if byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 {
                if !current.isEmpty { fields.append(current); current = "" }
            } else {
                current.append(Character(UnicodeScalar(byte)))
            }
            index += 1
        }
        let width = try #require(Int(fields[1])), height = try #require(Int(fields[2]))
        let pixels = data[index..<min(index + width * height, data.endIndex)]
        let dark = pixels.reduce(0) { $0 + ($1 < 200 ? 1 : 0) }
        return Double(dark) / Double(max(1, pixels.count))
    }

    /// Converts with headless LibreOffice into `folder`, using its own profile folder
    /// (LibreOffice needs a writable one, and two runs must not share it).
    static func libreOffice(convert file: URL, to filter: String, folder: URL) async throws -> Output {
        let profile = folder.appendingPathComponent("lo-profile-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        return try await run(
            "soffice",
            [
                "-env:UserInstallation=\(profile.absoluteString)", "--headless", "--norestore", "--convert-to", filter, "--outdir", folder.path,
                file.path,
            ],
            environment: ["HOME": folder.path])
    }
}
