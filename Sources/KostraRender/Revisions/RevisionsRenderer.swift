public import Foundation
public import KostraModel

/// `kostra revisions`: what changed, old and new value, the change and both sources.
public struct RevisionsRenderer: Sendable {
    public let definitions: Definitions

    public init(definitions: Definitions) {
        self.definitions = definitions
    }

    public func text(_ revisions: [FigureRevision], since: Date?) -> String {
        let format = RevisionFormatter(definitions: definitions)
        let heading = "Endrede tall" + (since.map { " siden \(NorwegianDate.long($0))" } ?? "")
        guard !revisions.isEmpty else { return heading + ": ingen.\n" }
        var table = TextTable(
            header: ["Indikator", "Kommune", "År", "Før", "Nå", "Endring", "Art", "Kilde før", "Kilde nå"],
            alignments: [.left, .left, .right, .right, .right, .right, .left, .left, .left])
        for revision in revisions {
            table.append([
                format.indicatorLabel(revision), format.regionName(revision), String(revision.key.year),
                format.value(revision.oldValue, status: revision.oldStatus, of: revision),
                format.value(revision.newValue, status: revision.newStatus, of: revision), format.change(revision),
                revision.kind.norwegianLabel, format.source(revision.oldSource), format.source(revision.newSource),
            ])
        }
        return heading + " (\(revisions.count)):\n\n" + table.text + "\n"
    }

    /// The same as CSV for Excel: plain numbers with decimal commas, dates as `yyyy-MM-dd`.
    public func csv(_ revisions: [FigureRevision]) -> String {
        let format = RevisionFormatter(definitions: definitions, numbers: .spreadsheet)
        var csv = CSVWriter()
        csv.append(["indikator", "kommune", "år", "før", "nå", "endring", "art", "kilde før", "hentet før", "kilde nå", "hentet nå"])
        let decimals = { (revision: FigureRevision) in definitions.catalog.indicator(id: revision.key.indicator)?.decimals ?? 2 }
        for revision in revisions {
            let plain = { (value: Double?, status: StatusSymbol?) in
                value.map { NorwegianNumberFormat.spreadsheet.number($0, decimals: decimals(revision)) } ?? status?.symbol ?? ""
            }
            csv.append([
                revision.key.indicator, format.regionName(revision), String(revision.key.year),
                plain(revision.oldValue, revision.oldStatus), plain(revision.newValue, revision.newStatus),
                revision.change.map { NorwegianNumberFormat.spreadsheet.number($0, decimals: decimals(revision)) } ?? "",
                revision.kind.norwegianLabel, revision.oldSource.title, Self.day(revision.oldSource.retrievedAt),
                revision.newSource.title, Self.day(revision.newSource.retrievedAt),
            ])
        }
        return csv.text
    }

    static func day(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        formatter.timeZone = TimeZone(identifier: "Europe/Oslo")
        return formatter.string(from: date)
    }
}

/// A revision as JSON for programs.
public struct RevisionJSON: Codable, Sendable, Equatable {
    public var indicator: String
    public var region: String
    public var year: Int
    public var basis: String
    public var oldValue: Double?
    public var oldStatus: String?
    public var newValue: Double?
    public var newStatus: String?
    public var change: Double?
    /// `final` (preliminary → final) or `correction`.
    public var kind: String
    public var oldSource: String
    public var oldRetrievedAt: Date
    public var newSource: String
    public var newRetrievedAt: Date

    public init(_ revision: FigureRevision) {
        indicator = revision.key.indicator
        region = revision.key.region
        year = revision.key.year
        basis = revision.key.basis.rawValue
        oldValue = revision.oldValue
        oldStatus = revision.oldStatus?.symbol
        newValue = revision.newValue
        newStatus = revision.newStatus?.symbol
        change = revision.change
        kind = revision.kind.rawValue
        oldSource = revision.oldSource.title
        oldRetrievedAt = revision.oldSource.retrievedAt
        newSource = revision.newSource.title
        newRetrievedAt = revision.newSource.retrievedAt
    }
}
