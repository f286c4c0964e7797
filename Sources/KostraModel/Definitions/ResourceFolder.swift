public import Foundation

/// Finds the data files a KostraKit module ships (its `Resources/` or `Templates/` folder).
///
/// SwiftPM's generated `Bundle.module` stops the program (`fatalError`, signal 4) when the
/// resource bundle is not where the build left it, which is what happened once the build folder
/// was deleted or could not be read by the user running `kostra`. This looks for the bundle
/// beside the running executable (where `scripts/install` puts it, and where `swift build`
/// leaves it) and, when it is missing or unreadable, throws an error that says so.
public enum ResourceFolder {
    /// The folder `subfolder` inside the resource bundle of `module` (e.g. `KostraModel`).
    public static func url(module: String, subfolder: String) throws(ModelError) -> URL {
        // `.resources` is how SwiftPM names the bundle on Linux, `.bundle` on macOS.
        let names = ["KostraKit_\(module).resources", "KostraKit_\(module).bundle", "KostraKit_\(module).bundle/Contents/Resources"]
        var searched: [String] = []
        for directory in candidateDirectories() {
            for name in names {
                let bundle = directory.appendingPathComponent(name, isDirectory: true)
                guard !searched.contains(bundle.path) else { continue }
                searched.append(bundle.path)
                let folder = bundle.appendingPathComponent(subfolder, isDirectory: true)
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
                    if FileManager.default.fileExists(atPath: bundle.path) && !FileManager.default.isReadableFile(atPath: bundle.path) {
                        throw .resourcesUnreadable(path: bundle.path)
                    }
                    continue
                }
                guard FileManager.default.isReadableFile(atPath: folder.path),
                    FileManager.default.isExecutableFile(atPath: folder.path)
                else {
                    throw .resourcesUnreadable(path: folder.path)
                }
                return folder
            }
        }
        throw .resourcesMissing(bundle: names[0], searched: searched)
    }

    /// A file in the module's resource folder, checked to be readable.
    public static func file(module: String, subfolder: String, name: String) throws(ModelError) -> URL {
        let url = try url(module: module, subfolder: subfolder).appendingPathComponent(name)
        guard FileManager.default.isReadableFile(atPath: url.path) else {
            if FileManager.default.fileExists(atPath: url.path) { throw .resourcesUnreadable(path: url.path) }
            throw .resourcesMissing(bundle: "\(subfolder)/\(name)", searched: [url.path])
        }
        return url
    }

    /// The folder of the running executable (through any symbolic link to it), then the
    /// folder it was started from as named on the command line.
    static func candidateDirectories() -> [URL] {
        var directories: [URL] = []
        if let executable = Bundle.main.executableURL {
            directories.append(executable.resolvingSymlinksInPath().deletingLastPathComponent())
            directories.append(executable.deletingLastPathComponent())
        }
        directories.append(Bundle.main.bundleURL)
        if let first = CommandLine.arguments.first, !first.isEmpty {
            directories.append(URL(fileURLWithPath: first).resolvingSymlinksInPath().deletingLastPathComponent())
        }
        return directories
    }
}
