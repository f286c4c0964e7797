import KostraAnalysis
import KostraModel
import KostraNarrative

/// Places an analyst's notes in the report: each section beside the generated text on the same
/// indicator or area, preceded by a warning when the figures it was written against have changed.
struct NotesPlacement: Sendable {
    private var byTarget: [NoteTarget: [ReportBlock]] = [:]
    private var preamble: [ReportBlock] = []

    init() {}

    init(notes: AnalystNotes?, profile: ServiceProfile) {
        guard let notes else { return }
        if !notes.preamble.isEmpty { preamble = [Self.note(notes.preamble)] }
        let checker = NoteChecker()
        for section in notes.writtenSections {
            var blocks: [ReportBlock] = []
            if let warning = checker.check(section, against: profile).warning {
                blocks.append(.paragraph(ReportParagraph("Merk: " + warning, kind: .note)))
            }
            blocks.append(Self.note(section.markdown))
            byTarget[section.target] = blocks
        }
    }

    /// The notes for the summary: the text before the first section, then the `Oppsummering` section.
    var summary: [ReportBlock] {
        preamble + (byTarget[.area(NoteTarget.summaryArea)] ?? [])
    }

    func blocks(for target: NoteTarget) -> [ReportBlock] {
        byTarget[target] ?? []
    }

    private static func note(_ markdown: String) -> ReportBlock {
        .paragraph(ReportParagraph(markdown, kind: .analystNote, isMarkdown: true))
    }
}
