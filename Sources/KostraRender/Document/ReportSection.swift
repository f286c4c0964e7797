/// A headed part of a report: a heading, its content and any subsections.
///
/// Level 2 sections are the report's chapters (Word's «Overskrift 1»); their subsections are
/// level 3 («Overskrift 2»). Deeper nesting is not used, so every format can show it.
public struct ReportSection: Sendable, Hashable, Identifiable {
    /// A stable id used for anchors in HTML, e.g. `dekningsgrader`.
    public var id: String
    public var title: String
    /// 2 for a chapter, 3 for a subsection.
    public var level: Int
    public var blocks: [ReportBlock]
    public var subsections: [ReportSection]
    /// Whether the section starts on a new page when printed (title-like chapters, appendices).
    public var startsOnNewPage: Bool

    public init(
        id: String, title: String, level: Int = 2, blocks: [ReportBlock] = [], subsections: [ReportSection] = [],
        startsOnNewPage: Bool = false
    ) {
        self.id = id
        self.title = title
        self.level = level
        self.blocks = blocks
        self.subsections = subsections
        self.startsOnNewPage = startsOnNewPage
    }

    /// The section's blocks followed by its subsections' blocks, in reading order.
    public var allBlocks: [ReportBlock] {
        blocks + subsections.flatMap(\.allBlocks)
    }
}

/// One piece of a section's content.
public enum ReportBlock: Sendable, Hashable {
    case paragraph(ReportParagraph)
    /// A bulleted list of paragraphs (e.g. generated sentences, one per item).
    case list([ReportParagraph])
    case table(ReportTable)
    case chart(ReportChart)
}

/// A paragraph and who wrote it, so readers can tell generated text from the analyst's.
public struct ReportParagraph: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        /// Fixed explanatory text of the report.
        case text
        /// Written by KostraKit from the figures; `trace` names the figures and rule.
        case generated
        /// Written by the analyst.
        case analystNote
        /// A small-print note (sources, symbols, why a section is left out).
        case note
    }

    public var text: String
    public var kind: Kind
    /// For generated text: the rule and figures behind it, shown on hover in HTML.
    public var trace: String?
    /// Whether `text` is the analyst's Markdown, which HTML shows formatted (and made safe)
    /// and the other formats show as written.
    public var isMarkdown: Bool
    /// Text in another language that follows `text`, marked with its language so screen readers
    /// pronounce it right, e.g. a data file's English note on a source.
    public var foreign: ForeignText?

    public init(_ text: String, kind: Kind = .text, trace: String? = nil, isMarkdown: Bool = false, foreign: ForeignText? = nil) {
        self.text = text
        self.kind = kind
        self.trace = trace
        self.isMarkdown = isMarkdown
        self.foreign = foreign
    }
}

/// A piece of text in a language other than the report's Norwegian.
public struct ForeignText: Sendable, Hashable {
    public var text: String
    /// A BCP 47 language tag, e.g. `en`.
    public var language: String

    public init(_ text: String, language: String) {
        self.text = text
        self.language = language
    }

    /// Word's language code for the tag (`en` is written as `en-GB`).
    var wordLanguage: String { language == "en" ? "en-GB" : language }
}
