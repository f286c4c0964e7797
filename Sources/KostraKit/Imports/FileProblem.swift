import Foundation

/// Why a path cannot be read or written, in the tool's own words rather than Foundation's
/// ("The file “tmp” couldn’t be opened", "NSCocoaErrorDomain error 256").
enum FileProblem {
    /// Why `path` cannot be read as a file, or `nil` when it looks readable.
    static func readProblem(_ path: String) -> String? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return "there is no such file"
        }
        if isDirectory.boolValue { return "it is a folder, not a file; give the path of a file in it" }
        if !FileManager.default.isReadableFile(atPath: path) { return "permission denied" }
        return nil
    }

    /// Why `path` cannot be written as a file, or `nil` when nothing stands in the way yet.
    static func writeProblem(_ path: String) -> String? {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            let example = URL(fileURLWithPath: path).appendingPathComponent("figures.csv").path
            return "it is a folder; give a file name, e.g. --out \(example)"
        }
        return nil
    }

    /// The operating system's reason behind a Foundation file error (`Permission denied`,
    /// `No space left on device`), or a plain sentence when it has none.
    static func reason(_ error: any Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if nsError.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(nsError.code))) }
        switch nsError.code {
        case NSFileReadNoPermissionError, NSFileWriteNoPermissionError: return "permission denied"
        case NSFileReadNoSuchFileError, NSFileNoSuchFileError: return "there is no such file"
        case NSFileWriteOutOfSpaceError: return "the disk is full"
        case NSFileWriteVolumeReadOnlyError: return "the disk is read-only"
        default: return "the system refused it (\(nsError.domain) \(nsError.code))"
        }
    }
}
