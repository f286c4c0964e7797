public import Foundation

/// Runs the real `kostra` executable, as a user would, and captures what it prints.
public enum KostraCLI {
    /// What one run printed and returned.
    public struct Result: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String
    }

    /// The built `kostra` executable beside the test bundle.
    public static var executable: URL {
        let besideTests = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("kostra")
        if FileManager.default.isExecutableFile(atPath: besideTests.path) { return besideTests }
        var dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while dir.path != "/" {
            let candidate = dir.appendingPathComponent(".build/debug/kostra")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir.deleteLastPathComponent()
        }
        return besideTests
    }

    /// Runs `kostra` with `arguments` in `directory`, with a clean environment plus `environment`.
    /// - Parameter user: run as this system user (via `setpriv`), to test permissions as root.
    public static func run(
        _ arguments: [String], environment: [String: String] = [:], directory: URL? = nil, user: String? = nil
    ) async throws -> Result {
        // The build folder may sit in a checkout other users cannot read: another user runs a copy that they can.
        let program = user == nil ? executable : try installedForEveryone().appendingPathComponent("kostra")
        return try await run(program: program, arguments, environment: environment, directory: directory, user: user)
    }

    /// A copy of the built `kostra` and its resource folders in a fresh folder everyone can read,
    /// as `scripts/install` lays them out (made once per test run).
    public static func installedForEveryone() throws -> URL {
        try everyoneCopy.get()
    }

    private static let everyoneCopy = Swift.Result { () throws -> URL in
        try copyProgram(withResources: true)
    }

    /// Copies the built `kostra`, with or without its resource folders, into a new folder that
    /// every user can read and enter.
    public static func copyProgram(withResources: Bool) throws -> URL {
        let manager = FileManager.default
        let build = executable.deletingLastPathComponent()
        let folder = try TestScratch.newFolder(prefix: "kostra-program", in: URL(fileURLWithPath: "/tmp"))
        var items = ["kostra"]
        if withResources {
            items += try manager.contentsOfDirectory(atPath: build.path).filter { $0.hasSuffix(".resources") }
        }
        // Copied by `cp`, not in this process: while this process held the new program open for
        // writing, a test starting another program at the same moment inherited that open file
        // until its own exec, and running the copy then failed with "Text file busy" (a CI run
        // of session 15).
        let copy = Process()
        copy.executableURL = URL(fileURLWithPath: "/bin/cp")
        copy.arguments = ["-R"] + items.map { build.appendingPathComponent($0).path } + [folder.path]
        try copy.run()
        copy.waitUntilExit()
        guard copy.terminationStatus == 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: folder.path])
        }
        // Readable (and folders enterable) by all, whatever the checkout's own permissions are.
        try manager.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path)
        if let walk = manager.enumerator(atPath: folder.path) {
            for case let relative as String in walk {
                let path = folder.appendingPathComponent(relative).path
                var isDirectory: ObjCBool = false
                _ = manager.fileExists(atPath: path, isDirectory: &isDirectory)
                let executable = isDirectory.boolValue || relative == "kostra"
                try manager.setAttributes([.posixPermissions: executable ? 0o755 : 0o644], ofItemAtPath: path)
            }
        }
        return folder
    }

    /// Runs a `kostra` at `program` (the build's, or a copy made by ``copyProgram(withResources:)``)
    /// with a clean environment plus `environment`, optionally as another user (via `setpriv`).
    public static func run(
        program: URL, _ arguments: [String], environment: [String: String] = [:], directory: URL? = nil,
        user: String? = nil
    ) async throws -> Result {
        try await onOwnThread { try runWaiting(program: program, arguments, environment: environment, directory: directory, user: user) }
    }

    /// Starts the program and blocks until it has exited: only on a thread of its own (``onOwnThread(_:)``).
    private static func runWaiting(
        program: URL, _ arguments: [String], environment: [String: String], directory: URL?, user: String?
    ) throws -> Result {
        let process = Process()
        if let user {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
            process.arguments = ["--reuid=\(user)", "--regid=\(user == "nobody" ? "nogroup" : user)", "--clear-groups", program.path] + arguments
        } else {
            process.executableURL = program
            process.arguments = arguments
        }
        var env = ["PATH": "/usr/bin:/bin", "HOME": FileManager.default.temporaryDirectory.path, "LANG": "C.UTF-8"]
        env.merge(environment) { $1 }
        process.environment = env
        if let directory { process.currentDirectoryURL = directory }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    /// A fresh folder for one test's database and outputs, removed when the test process ends.
    public static func temporaryFolder() throws -> URL {
        try TestScratch.newFolder(prefix: "kostra-test")
    }
}
