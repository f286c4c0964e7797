public import Foundation

/// A fresh database in a temporary folder, driven through the real `kostra` binary, for tests
/// that set up figures with `kostra import` and then check a command's output.
public struct CLIStore: Sendable {
    public let folder: URL
    public var database: String { folder.appendingPathComponent("k.sqlite").path }

    public init() throws {
        folder = try KostraCLI.temporaryFolder()
    }

    /// Runs `kostra` with `arguments` against this database.
    public func run(_ arguments: [String]) async throws -> KostraCLI.Result {
        try await KostraCLI.run(arguments + ["--database", database])
    }

    /// Writes `text` to `name` in the folder and imports it as a published-figures file.
    public func importPublished(_ text: String, name: String) async throws -> KostraCLI.Result {
        let path = folder.appendingPathComponent(name).path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return try await run(["import", "published", path])
    }
}
