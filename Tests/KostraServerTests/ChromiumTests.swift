import Foundation
import KostraTesting
import Testing
#if canImport(Glibc)
    import Glibc
#endif

/// The real `kostra serve` process driven by headless Chromium (Debian's package, installed by
/// scripts/setup): the profile page's DOM, screenshots at phone and desktop width, and a
/// graceful stop on SIGTERM. Skipped only where no `chromium` binary exists.
@Suite("Dashboard in headless Chromium", .serialized)
struct ChromiumTests {
    static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// A running `kostra serve --port 0` and the port it reported.
    final class Server {
        let process = Process()
        let output = Pipe()
        let errors = Pipe()
        var port = 0
        var printed = ""

        init(database: String) throws {
            process.executableURL = KostraCLI.executable
            process.arguments = ["serve", "--port", "0", "--database", database]
            process.environment = ["PATH": "/usr/bin:/bin", "HOME": FileManager.default.temporaryDirectory.path, "LANG": "C.UTF-8"]
            process.standardOutput = output
            process.standardError = errors
            try process.run()
            // Read until the server says where it listens; a bound on lines (not on time) keeps a
            // broken server from hanging the suite: it exits and the pipe ends.
            while port == 0 {
                let chunk = output.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                printed += String(decoding: chunk, as: UTF8.self)
                if let range = printed.range(of: #"http://127\.0\.0\.1:(\d+)/"#, options: .regularExpression) {
                    port = Int(printed[range].split(separator: ":").last?.dropLast() ?? "") ?? 0
                }
            }
        }

        /// Sends SIGTERM and returns the exit status and what the server logged.
        func stop() -> (status: Int32, log: String) {
            kill(process.processIdentifier, SIGTERM)
            process.waitUntilExit()
            let log =
                String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                + String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            return (process.terminationStatus, log)
        }
    }

    static func runChromium(_ arguments: [String], profile: URL) async throws -> String {
        try await onOwnThread { try runChromiumWaiting(arguments, profile: profile) }
    }

    /// Starts Chromium and blocks until it has exited: only on a thread of its own.
    static func runChromiumWaiting(_ arguments: [String], profile: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: chromium ?? "/usr/bin/chromium")
        process.arguments =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--hide-scrollbars",
                "--user-data-dir=\(profile.path)",
            ] + arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// Width and height from a PNG's IHDR chunk.
    static func pngSize(_ data: Data) -> (Int, Int)? {
        guard data.count > 24, data.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) else { return nil }
        let bytes = [UInt8](data[16..<24])
        let width = bytes[0..<4].reduce(0) { $0 << 8 | Int($1) }
        let height = bytes[4..<8].reduce(0) { $0 << 8 | Int($1) }
        return (width, height)
    }

    @Test("The profile page's DOM in Chromium: title, key-figure rows and the chart", .enabled(if: chromium != nil))
    func profileDOM() async throws {
        let folder = try KostraCLI.temporaryFolder()
        let server = try Server(database: folder.appendingPathComponent("k.sqlite").path)
        #expect(server.port > 0, "the server did not report its port: \(server.printed)")
        let url = "http://127.0.0.1:\(server.port)/profil?municipality=B%C3%A6rum&year=2024"
        let dom = try await Self.runChromium(["--dump-dom", url], profile: folder.appendingPathComponent("chrome"))

        let stopped = server.stop()
        #expect(dom.contains("<title>Tjenesteprofil"), "\(dom.prefix(400))")
        #expect(dom.contains("Bærum 2024"))
        #expect(dom.components(separatedBy: "<tr class=\"indicator\">").count - 1 >= 5)
        #expect(dom.contains("<svg") && dom.contains("role=\"img\""))
        #expect(dom.contains("id=\"nokkeltall-tabell\""))
        #expect(stopped.status == 0, "SIGTERM must stop the server gracefully: \(stopped.log.suffix(400))")
        #expect(stopped.log.contains("hb.request.id"), "requests are logged with their id")
    }

    @Test("Screenshots at phone and desktop width", .enabled(if: chromium != nil))
    func screenshots() async throws {
        let folder = try KostraCLI.temporaryFolder()
        let server = try Server(database: folder.appendingPathComponent("k.sqlite").path)
        defer { _ = server.stop() }
        #expect(server.port > 0)
        let url = "http://127.0.0.1:\(server.port)/profil?municipality=baerum&year=2024"
        for (name, width, height) in [("phone", 390, 844), ("desktop", 1280, 900)] {
            let file = folder.appendingPathComponent("\(name).png")
            _ = try await Self.runChromium(
                ["--screenshot=\(file.path)", "--window-size=\(width),\(height)", url], profile: folder.appendingPathComponent("chrome-\(name)"))
            let data = try Data(contentsOf: file)
            let size = try #require(Self.pngSize(data), "\(name) screenshot is not a PNG")
            #expect(size.0 == width && size.1 == height)
            #expect(data.count > 20_000, "\(name) screenshot is nearly empty (\(data.count) bytes)")
        }
    }
}
