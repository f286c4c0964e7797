public import Foundation

/// Finds the project's shared test material (`../shared` beside the checkout).
///
/// Tests may read `shared/`; the product never does. The folder is found by
/// walking up from this source file, so it works in a checkout, in CI's fresh
/// clone (with `shared/` beside it) and in a scratch package next to it.
public enum SharedFixtures {
    /// The `shared` folder, or `nil` when no ancestor folder has one.
    public static let root: URL? = {
        var dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while dir.path != "/" {
            let candidate = dir.appendingPathComponent("shared", isDirectory: true)
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("data").path) {
                return candidate
            }
            dir.deleteLastPathComponent()
        }
        return nil
    }()

    /// The URL of a file under `shared/`, e.g. `url("data/asss_membership.csv")`.
    public static func url(_ relativePath: String) -> URL {
        guard let root else {
            fatalError("The shared/ folder was not found beside the checkout; tests need ../shared (see README).")
        }
        return root.appendingPathComponent(relativePath)
    }

    /// The bytes of a file under `shared/`.
    public static func data(_ relativePath: String) throws -> Data {
        try Data(contentsOf: url(relativePath))
    }

    /// The text of a file under `shared/`, read as UTF-8.
    public static func text(_ relativePath: String) throws -> String {
        try String(decoding: data(relativePath), as: UTF8.self)
    }
}
