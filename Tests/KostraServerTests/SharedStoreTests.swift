import Foundation
import KostraTesting
import Testing

/// Several stateless `kostra serve` processes over one PostgreSQL database, as behind a reverse
/// proxy (docs/deploy.md): they answer identically, and a figure imported from the command line
/// is served by every one of them at once.
@Suite("Two servers over one PostgreSQL database", .serialized)
struct SharedStoreTests {
    /// The body and ETag of a GET, through curl, as a client outside the process would see them.
    static func get(port: Int, _ path: String) async throws -> (body: String, etag: String?) {
        try await onOwnThread { try getWaiting(port: port, path) }
    }

    /// Runs curl and blocks until it has exited: only on a thread of its own.
    static func getWaiting(port: Int, _ path: String) throws -> (body: String, etag: String?) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
        process.arguments = ["-s", "-D", "-", "--max-time", "60", "http://127.0.0.1:\(port)\(path)"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        let parts = text.components(separatedBy: "\r\n\r\n")
        let etag = parts.first?.split(separator: "\r\n").first { $0.lowercased().hasPrefix("etag:") }
            .map { String($0.dropFirst(5)).trimmingCharacters(in: .whitespaces) }
        return (parts.dropFirst().joined(separator: "\r\n\r\n"), etag)
    }

    @Test("Both instances give the same answers, and both serve a figure imported after they started")
    func identicalAnswers() async throws {
        let database = try await TestPostgres.newDatabase()
        let first = try ChromiumTests.Server(database: database)
        let second = try ChromiumTests.Server(database: database)
        defer {
            _ = first.stop()
            _ = second.stop()
        }
        #expect(first.port > 0 && second.port > 0 && first.port != second.port, "\(first.printed) \(second.printed)")

        for path in ["/api/v1/profile?municipality=Baerum&year=2024", "/api/v1/commentary?municipality=3201", "/profil?municipality=baerum"] {
            let a = try await Self.get(port: first.port, path)
            let b = try await Self.get(port: second.port, path)
            #expect(!a.body.isEmpty && a.body == b.body, "\(path)")
            if path.hasPrefix("/api/") { #expect(a.etag != nil && a.etag == b.etag, "\(path)") }
        }

        let folder = try KostraCLI.temporaryFolder()
        let file = folder.appendingPathComponent("revidert.csv")
        try Data("region;indicator;year;value;numerator;denominator;status\nBærum;payout-per-recipient;2024;71000;;;\n".utf8).write(to: file)
        let imported = try await KostraCLI.run(["import", file.path, "--database", database])
        #expect(imported.status == 0, "\(imported.stderr)")
        let query = "/api/v1/observations?indicator=payout-per-recipient&region=Baerum&from=2024&to=2024"
        for port in [first.port, second.port] {
            let answer = try await Self.get(port: port, query).body
            #expect(answer.contains("71000"), "port \(port): \(answer.prefix(300))")
            #expect(!answer.contains("70784"))
        }
    }
}
