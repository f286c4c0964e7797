import Foundation
import KostraTesting
import Testing

/// `kostra` runs from an install folder alone (its resource folders beside it), for any user;
/// without them, or when they cannot be read, it stops with one clear error instead of crashing.
@Suite("The program outside its build folder")
struct InstalledProgramTests {
    @Test("A copy with its resource folders works for an unprivileged user, from a folder of its own")
    func copyWithResources() async throws {
        let program = try KostraCLI.installedForEveryone().appendingPathComponent("kostra")
        let folder = try KostraCLI.temporaryFolder()
        try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: folder.path)
        let user = getuid() == 0 ? "nobody" : nil
        let result = try await KostraCLI.run(
            program: program, ["profile", "Bærum", "--database", folder.appendingPathComponent("k.sqlite").path], directory: folder, user: user)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Bærum"))
    }

    @Test("Without its resource folders the program says what is missing and exits 70 (a damaged installation), not signal 4")
    func missingResources() async throws {
        let copy = try KostraCLI.copyProgram(withResources: false)
        let folder = try KostraCLI.temporaryFolder()
        let result = try await KostraCLI.run(
            program: copy.appendingPathComponent("kostra"), ["profile", "Bærum", "--database", folder.appendingPathComponent("k.sqlite").path])
        #expect(result.status == 70, "\(result.stderr)")
        #expect(!result.stderr.contains("Fatal error"))
        #expect(
            result.stderr.contains(
                "KostraKit's data files (KostraKit_KostraModel.resources) are not installed beside the kostra program (looked in \(copy.path)/KostraKit_KostraModel.resources"
            ),
            "\(result.stderr)")
        #expect(result.stderr.contains("Install KostraKit with 'scripts/install --prefix DIR'"))
    }

    @Test("Resource folders the user cannot read give one clear error naming them")
    func unreadableResources() async throws {
        guard getuid() == 0 else { return }  // only root can make a folder another user cannot read and still run the test
        let copy = try KostraCLI.copyProgram(withResources: true)
        let resources = copy.appendingPathComponent("KostraKit_KostraModel.resources")
        try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: resources.path)
        let folder = try KostraCLI.temporaryFolder()
        try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: folder.path)
        let result = try await KostraCLI.run(
            program: copy.appendingPathComponent("kostra"), ["profile", "Bærum", "--database", folder.appendingPathComponent("k.sqlite").path],
            user: "nobody")
        #expect(result.status == 70, "\(result.stderr)")
        #expect(!result.stderr.contains("Fatal error"))
        #expect(result.stderr.contains("KostraKit's data files at \(resources.path)"), "\(result.stderr)")
        #expect(result.stderr.contains("cannot be read by this user"))
    }
}
