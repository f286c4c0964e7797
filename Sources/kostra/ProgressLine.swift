import Foundation
import KostraKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Shows fetch progress on stderr: a bar redrawn in place on a terminal, plain lines otherwise
/// (so logs and pipes stay readable).
struct ProgressLine: Sendable {
    let isTerminal = isatty(STDERR_FILENO) == 1

    func show(_ progress: FetchProgress) {
        if isTerminal {
            let width = 30
            let filled = progress.total == 0 ? width : width * progress.done / progress.total
            let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
            write("\r[\(bar)] \(progress.done)/\(progress.total) \(progress.message)\u{1B}[K")
        } else {
            write("fetch: \(progress.done)/\(progress.total) \(progress.message)\n")
        }
    }

    func finish() {
        if isTerminal { write("\n") }
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
