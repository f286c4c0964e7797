public import Foundation

/// Errors from the use cases that are not a store's, an import's or an analysis' own.
public enum KitError: Error, LocalizedError, Equatable, Sendable {
    /// A file the tool ships is missing or unreadable.
    case damagedInstallation(String)
    /// The file to import does not exist or cannot be read.
    case unreadableInput(path: String, reason: String)
    /// An output file or folder cannot be written.
    case unwritableOutput(path: String, reason: String)
    /// Chromium, needed for PDF and Word output, was not found.
    case chromiumMissing(searched: String)
    /// Chromium ran but did not produce the file.
    case chromiumFailed(executable: String, reason: String)
    /// The municipality is not a member of the network and has no figures to compare.
    case notAMunicipality(name: String)

    public var errorDescription: String? {
        switch self {
        case .damagedInstallation(let reason):
            return "KostraKit's installation is damaged: \(reason). Rebuild it with 'swift build'."
        case .unreadableInput(let path, let reason):
            return "Cannot read \(path): \(reason). Check the path and that the file is readable."
        case .unwritableOutput(let path, let reason):
            return "Cannot write \(path): \(reason). Choose a writable place with --out. No file was left behind."
        case .chromiumMissing(let searched):
            return "PDF and Word output need headless Chromium, which was not found (looked for \(searched)). "
                + "Install it with 'scripts/setup' or 'apt-get install chromium', or set KOSTRA_CHROMIUM to its path. "
                + "HTML, Excel and CSV output work without it. No file was written."
        case .chromiumFailed(let executable, let reason):
            return "Chromium (\(executable)) failed to render the report: \(reason). No file was written; "
                + "check that Chromium starts ('\(executable) --headless --version') and try again."
        case .notAMunicipality(let name):
            return "\(name) is not a municipality; a profile is made for one municipality (e.g. 'kostra profile Bærum')."
        }
    }
}
