/// An analyst's own notes on a municipality's figures for one year: causes and context that
/// only people know, merged into the report beside the generated commentary.
///
/// Notes are Markdown, one section (`## heading`) per indicator or area. `kostra notes init`
/// writes a file with one section per indicator and records, in an HTML comment under each
/// heading, the figures the section was written against, so the report can flag notes whose
/// figures have changed since.
public struct AnalystNotes: Sendable, Hashable {
    /// The municipality and year the notes were written for, when the file says so.
    public var municipality: String?
    public var year: Int?
    public var network: String?
    /// Text before the first section; shown with the summary.
    public var preamble: String
    public var sections: [NoteSection]

    public init(municipality: String?, year: Int?, network: String?, preamble: String, sections: [NoteSection]) {
        self.municipality = municipality
        self.year = year
        self.network = network
        self.preamble = preamble
        self.sections = sections
    }

    /// The sections with text in them: a section still holding only its template comment says nothing.
    public var writtenSections: [NoteSection] { sections.filter { !$0.isEmpty } }
}

/// One `##` section of an analyst's notes.
public struct NoteSection: Sendable, Hashable {
    /// The heading as written.
    public var heading: String
    /// The 1-based line of the heading in the file, for messages.
    public var line: Int
    public var target: NoteTarget
    /// The figures the section was written against, as recorded by `kostra notes init`.
    public var recorded: [RecordedFigure]
    /// The analyst's Markdown, without the heading and the recorded-figures comment.
    public var markdown: String

    public init(heading: String, line: Int, target: NoteTarget, recorded: [RecordedFigure], markdown: String) {
        self.heading = heading
        self.line = line
        self.target = target
        self.recorded = recorded
        self.markdown = markdown
    }

    public var isEmpty: Bool { markdown.allSatisfy(\.isWhitespace) }
}

/// What a notes section is about.
public enum NoteTarget: Sendable, Hashable {
    /// One indicator of the catalogue.
    case indicator(IndicatorID)
    /// A category of indicators, e.g. `Dekningsgrader`, or the summary (`Oppsummering`).
    case area(String)
}

/// A figure as it stood when a notes section was written.
public struct RecordedFigure: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// The municipality's own figure.
        case value
        /// The network average.
        case average
    }

    public var kind: Kind
    public var year: Int
    public var value: Double

    public init(kind: Kind, year: Int, value: Double) {
        self.kind = kind
        self.year = year
        self.value = value
    }
}
