public import Foundation
import Synchronization

/// Folders the tests make for their databases, outputs and program copies, removed when the test
/// process ends. (Until session 17 they stayed: one run of the suite left about 240 folders, 760 MB,
/// in the temporary folder.)
public enum TestScratch {
    private static let pathsToRemove = Mutex<[String]>([])

    /// Registers the removal once, on first use. `atexit` runs when the test runner exits normally;
    /// after a crash the folders stay, for looking into.
    private static let removalAtExit: Void = {
        atexit { TestScratch.removeAll() }
    }()

    /// Removes `url` (a file or a folder, with what it holds) when the process ends.
    private static func removeAtExit(_ url: URL) {
        _ = removalAtExit
        pathsToRemove.withLock { $0.append(url.path) }
    }

    /// A new, empty folder named `prefix` and a UUID in `parent`, removed when the process ends.
    public static func newFolder(prefix: String, in parent: URL = FileManager.default.temporaryDirectory) throws -> URL {
        let url = parent.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        removeAtExit(url)
        return url
    }

    private static func removeAll() {
        for path in pathsToRemove.withLock({ $0 }) { try? FileManager.default.removeItem(atPath: path) }
    }
}
