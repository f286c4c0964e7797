public import Foundation
public import KostraModel

/// The figures a report shows that were revised since a date the analyst gives (`--changes-since`).
public struct ReportChanges: Sendable {
    /// The analyst's date: revisions that came in on or after it are listed.
    public var since: Date
    public var revisions: [FigureRevision]

    public init(since: Date, revisions: [FigureRevision]) {
        self.since = since
        self.revisions = revisions
    }
}
