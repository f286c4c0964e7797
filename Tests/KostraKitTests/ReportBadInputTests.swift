import Foundation
import KostraTesting
import Testing

@Suite("kostra report with bad input, as a new user would try it")
struct ReportBadInputTests {
    @Test("A misspelt format is refused before any work, with the right name suggested")
    func misspeltFormat() async throws {
        let folder = try KostraCLI.temporaryFolder()
        let result = try await KostraCLI.run(
            ["report", "Bærum", "--format", "html,pfd", "--database", folder.appendingPathComponent("k.sqlite").path], directory: folder)
        #expect(result.status == 64)
        #expect(result.stderr.contains("Unknown report format 'pfd'. Did you mean 'pdf'?"))
        let word = try await KostraCLI.run(
            ["report", "Bærum", "--format", "wrod", "--database", folder.appendingPathComponent("k.sqlite").path], directory: folder)
        #expect(word.stderr.contains("Did you mean 'docx'?"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasPrefix("k.sqlite") }.isEmpty)
    }

    @Test("Without Chromium on PATH, PDF output says how to install it and writes nothing, not even the HTML")
    func chromiumMissing() async throws {
        let folder = try KostraCLI.temporaryFolder()
        let result = try await KostraCLI.run(
            ["report", "Bærum", "--format", "html,pdf", "--out", "r", "--database", folder.appendingPathComponent("k.sqlite").path],
            environment: ["PATH": "/nonexistent"], directory: folder)
        // Exit status 4: a program the command needs is missing (not a mistake in the input, which is 1).
        #expect(result.status == 4)
        #expect(result.stderr.contains("PDF and Word output need headless Chromium, which was not found"))
        #expect(result.stderr.contains("'scripts/setup --pdf' or 'apt-get install chromium'"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("r").path))
        let override = try await KostraCLI.run(
            ["report", "Bærum", "--format", "docx", "--out", "r.docx", "--database", folder.appendingPathComponent("k.sqlite").path],
            environment: ["KOSTRA_CHROMIUM": "/opt/no-chromium-here"], directory: folder)
        #expect(override.status == 4)
        #expect(override.stderr.contains("KOSTRA_CHROMIUM=/opt/no-chromium-here (not an executable file)"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("r.docx").path))
    }

    @Test("Chromium that fails is a clear error and leaves no partial file")
    func chromiumFails() async throws {
        let folder = try KostraCLI.temporaryFolder()
        // A real executable that is not Chromium: it exits with an error and writes nothing.
        let result = try await KostraCLI.run(
            ["report", "Bærum", "--format", "pdf", "--out", "r.pdf", "--database", folder.appendingPathComponent("k.sqlite").path],
            environment: ["KOSTRA_CHROMIUM": "/bin/false"], directory: folder)
        #expect(result.status == 4)
        #expect(result.stderr.contains("Chromium (/bin/false) failed to render the report"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasPrefix("k.sqlite") }.isEmpty)
    }

    @Test("An output folder behind a file, or without write permission, is a clear error and leaves nothing behind")
    func unwritableFolder() async throws {
        let folder = try KostraCLI.temporaryFolder()
        let file = folder.appendingPathComponent("a-file")
        try Data("x".utf8).write(to: file)
        let behindFile = try await KostraCLI.run(
            [
                "report", "Bærum", "--format", "html,xlsx", "--out", file.appendingPathComponent("sub").path,
                "--database", folder.appendingPathComponent("k.sqlite").path,
            ])
        #expect(behindFile.status == 1)
        #expect(behindFile.stderr.contains("Cannot write \(file.path)/sub: \(file.path) is a file, not a folder."))
        // Permissions are only tested as another user when running as root (root may write anywhere).
        guard getuid() == 0 else { return }
        let shared = try KostraCLI.temporaryFolder()
        let locked = shared.appendingPathComponent("locked")
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
        try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: shared.path)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: locked.path)
        let denied = try await KostraCLI.run(
            [
                "report", "--network", "asss", "--year", "2024", "--out", locked.appendingPathComponent("batch").path,
                "--database", shared.appendingPathComponent("k.sqlite").path,
            ],
            directory: shared, user: "nobody")
        #expect(denied.status == 1, "\(denied.stderr)")
        #expect(denied.stderr.contains("the folder \(locked.path) is not writable"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: locked.path).isEmpty)
    }
}
