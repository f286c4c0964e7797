public import Foundation

/// Errors from the use cases that are not a store's, an import's or an analysis' own.
public enum KitError: Error, LocalizedError, Equatable, Sendable {
    /// A file the tool ships is missing or unreadable.
    case damagedInstallation(String)
    /// The file to import does not exist or cannot be read.
    case unreadableInput(path: String, reason: String)
    /// An output file or folder cannot be written.
    case unwritableOutput(path: String, reason: String)
    /// The municipality is not a member of the network and has no figures to compare.
    case notAMunicipality(name: String)
    /// No stored figure matches what `kostra export` was asked for.
    case nothingToExport(selection: String)
    /// `kostra inspect` was given a figures table rather than an SSB table.
    case notInspectable(path: String, format: String)

    public var errorDescription: String? {
        switch self {
        case .damagedInstallation(let reason):
            return "KostraKit's installation is damaged: \(reason). Rebuild it with 'swift build'."
        case .unreadableInput(let path, let reason):
            return "Cannot read \(path): \(reason). Check the path and that the file is readable."
        case .unwritableOutput(let path, let reason):
            return "Cannot write \(path): \(reason). Choose a writable place with --out. No file was left behind."
        case .notAMunicipality(let name):
            return "\(name) is not a municipality; a profile is made for one municipality (e.g. 'kostra profile Bærum')."
        case .notInspectable(let path, let format):
            return "\(path) is a \(format) file, already one figure per row; 'kostra inspect' shows JSON-stat 2.0 files and Statbank CSV exports. Open it in a spreadsheet, or store it with 'kostra import \(path)'."
        case .nothingToExport(let selection):
            return "No figures are stored \(selection), so nothing was exported. Widen --municipality, --indicator or --years, or import figures first."
        }
    }
}
