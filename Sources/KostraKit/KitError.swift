public import Foundation
public import KostraModel

/// Errors from the use cases that are not a store's, an import's or an analysis' own.
public enum KitError: Error, LocalizedError, Equatable, Sendable {
    /// A file the tool ships is missing or unreadable.
    case damagedInstallation(String)
    /// The data files the program ships are not installed beside it, or cannot be read (the message says which).
    case resourcesUnavailable(String)
    /// The file to import does not exist or cannot be read.
    case unreadableInput(path: String, reason: String)
    /// An output file or folder cannot be written.
    case unwritableOutput(path: String, reason: String)
    /// Chromium, needed for PDF and Word output, was not found.
    case chromiumMissing(searched: String)
    /// Chromium ran but did not produce the file.
    case chromiumFailed(executable: String, reason: String)
    /// LibreOffice, used to measure the Word contents list's page numbers, did not produce them.
    case libreOfficeFailed(executable: String, reason: String)
    /// The municipality is not a member of the network and has no figures to compare.
    case notAMunicipality(name: String)
    /// No stored figure matches what `kostra export` was asked for.
    case nothingToExport(selection: String)
    /// `kostra inspect` was given a file it does not unfold (a figures table or a NAV file);
    /// `identified` names the NAV file when it is known (`AAP155 Mottakere av …`).
    case notInspectable(path: String, format: ImportFormat, identified: String? = nil)
    /// `--exclude` was given for a figure SSB publishes, whose members the tool does not choose.
    case cannotExclude(from: String)
    /// No KOSTRA group has this number.
    case unknownGroup(String, known: [String])
    /// A comparison with peers names no municipality other than the one compared.
    case noPeers(municipality: String)
    /// `--exclude` removed every municipality there was to average over.
    case nothingLeftToAverage(excluded: [String])
    /// The store holds no figures at all for the municipality (so there is no year to choose).
    case noFigures(municipality: String)
    /// Inputs an analysis needs are not available; each entry says what is missing and how to supply it.
    case missingInputs(analysis: String, missing: [String])
    /// Deflation or need adjustment was asked for a figure that is not in kroner.
    case notKroner(indicator: String, unit: String)
    /// No bundled price index has this id.
    case unknownPriceIndex(String, known: [String])
    /// No service profile (KOSTRA area) has this id; `known` lists the ones the catalogue has.
    case unknownArea(String, known: [String])

    public var errorDescription: String? {
        switch self {
        case .damagedInstallation(let reason):
            return "KostraKit's installation is damaged: \(reason). Rebuild it with 'swift build'."
        case .resourcesUnavailable(let message):
            return message
        case .unreadableInput(let path, let reason):
            return "Cannot read \(path): \(reason). Check the path and that the file is readable."
        case .unwritableOutput(let path, let reason):
            return "Cannot write \(path): \(reason). Choose a writable place with --out. No file was left behind."
        case .chromiumMissing(let searched):
            return "PDF and Word output need headless Chromium, which was not found (looked for \(searched)). "
                + "Install it with 'scripts/setup --pdf' or 'apt-get install chromium', or set KOSTRA_CHROMIUM to its path. "
                + "HTML, Excel and CSV output work without it. No file was written."
        case .chromiumFailed(let executable, let reason):
            return "Chromium (\(executable)) failed to render the report: \(reason). No file was written; "
                + "check that Chromium starts ('\(executable) --headless --version') and try again."
        case .libreOfficeFailed(let executable, let reason):
            return "LibreOffice (\(executable)) could not measure the Word contents list's page numbers: \(reason)."
        case .notAMunicipality(let name):
            return "\(name) is not a municipality; choose one municipality (e.g. Bærum). "
                + "KOSTRA groups and the country are comparisons, not municipalities."
        case .cannotExclude(let name):
            return
                "\(OptionSpelling.named("exclude")) cannot be used with \(name): SSB publishes that figure and KostraKit does not choose its members. "
                + "Use \(OptionSpelling.named("network")) or \(OptionSpelling.named("peers")) to average over members you choose."
        case .unknownGroup(let text, let known):
            return
                "No KOSTRA group is called '\(text)'. Known groups: \(known.joined(separator: ", ")) (give the number, e.g. \(OptionSpelling.named("group", value: "12")))."
        case .unknownArea(let text, let known):
            return
                "No KOSTRA area is called '\(text)'. Known areas: \(known.joined(separator: ", ")) (e.g. \(OptionSpelling.named("area", value: "barnehage")))."
        case .noPeers(let municipality):
            return
                "No peers to compare \(municipality) with: name at least one other municipality (e.g. \(OptionSpelling.named("peers", value: "Asker,Drammen")))."
        case .nothingLeftToAverage(let excluded):
            return
                "Nothing is left to average: \(OptionSpelling.named("exclude")) (\(excluded.joined(separator: ", "))) removes every municipality given with \(OptionSpelling.named("peers")). "
                + "Name at least one municipality in \(OptionSpelling.named("peers")) that is not excluded."
        case .noFigures(let municipality):
            return "There are no figures for \(municipality) in the database at all, so there is no year to show. "
                + "Fetch or import them first (e.g. 'kostra fetch --network asss --years 2015-2024', or 'kostra import FILE')."
        case .missingInputs(let analysis, let missing):
            return "\(analysis) cannot be computed; missing input:\n" + missing.map { "  - " + $0 }.joined(separator: "\n")
        case .notKroner(let indicator, let unit):
            return
                "'\(indicator)' is measured in \(unit); only kroner figures can be deflated or need-adjusted. Use \(OptionSpelling.named("adjust", value: "none"))."
        case .unknownPriceIndex(let id, let known):
            return
                "No price index is called '\(id)'. Known: \(known.joined(separator: ", ")) (\(OptionSpelling.named("deflator", value: "kommunal")) or \(OptionSpelling.named("deflator", value: "kpi")))."
        case .notInspectable(let path, let format, let identified):
            return Self.notInspectable(path: path, format: format, identified: identified)
        case .nothingToExport(let selection):
            return
                "No figures are stored \(selection), so nothing was exported. Widen --municipality, --indicator or --years, or import figures first."
        }
    }

    /// What the file is and what to run instead, one message per format `kostra inspect` does not unfold.
    private static func notInspectable(path: String, format: ImportFormat, identified: String?) -> String {
        let inspects = "'kostra inspect' unfolds SSB tables only (JSON-stat 2.0 files and Statbank CSV exports)."
        switch format {
        case .longCSV:
            return
                "\(path) is a long CSV file, already one figure per row (region;indicator;year;value;numerator;denominator;status). \(inspects) Open it in a spreadsheet, or store it with 'kostra import \(path)'."
        case .publishedFigures:
            return
                "\(path) is a published-figures table (a profile table or the series under a report's charts), whose rows are matched to the catalogue by label. \(inspects) Store it with 'kostra import \(path) --municipality NAME', NAME being the municipality it is about, or open it in a spreadsheet."
        case .navWorkbook, .navCSV:
            let what = format == .navWorkbook ? "a NAV workbook" : "a CSV of NAV's figures"
            let file = identified.map { " (\($0))" } ?? ""
            return
                "\(path) is \(what)\(file) with counts per municipality and month, which are stored as yearly figures (the mean of the twelve months, docs/importing.md). \(inspects) Store it with 'kostra import \(path)'; add --skipped FILE to list the municipalities and years not stored (a year without all twelve months, NAV's 'Ukjent'), and --municipality NAME to check that it holds that municipality."
        case .jsonStat, .statbankCSV:
            return "\(path) is a \(format.rawValue) file, which 'kostra inspect' shows; it could not be unfolded."
        }
    }
}

extension KitError: ClassifiedError {
    public var failureKind: FailureKind {
        switch self {
        case .damagedInstallation, .resourcesUnavailable: .internalFailure
        // The answer needs a program this machine lacks or cannot run; mending that makes it work.
        case .chromiumMissing, .chromiumFailed, .libreOfficeFailed: .unavailable(retryAfterSeconds: nil)
        case .unreadableInput, .unwritableOutput, .notAMunicipality, .notInspectable, .notKroner, .unknownPriceIndex,
            .unknownArea:
            .invalidInput
        case .nothingToExport, .unknownGroup, .noFigures: .notFound
        case .cannotExclude, .noPeers, .nothingLeftToAverage, .missingInputs: .cannotCompute
        }
    }

    public var parameter: String? {
        switch self {
        case .unreadableInput, .notInspectable: "file"
        case .unwritableOutput: "out"
        case .notAMunicipality, .noFigures: "municipality"
        case .nothingToExport: "selection"
        case .cannotExclude, .nothingLeftToAverage: "exclude"
        case .unknownGroup: "group"
        case .unknownArea: "area"
        case .noPeers: "peers"
        case .notKroner: "adjust"
        case .unknownPriceIndex: "deflator"
        case .damagedInstallation, .resourcesUnavailable, .chromiumMissing, .chromiumFailed, .libreOfficeFailed, .missingInputs: nil
        }
    }

    public var suggestions: [String] {
        switch self {
        case .unknownGroup(_, let known), .unknownPriceIndex(_, let known), .unknownArea(_, let known): known
        default: []
        }
    }
}
