/// What a use case adds to a report: a finished section, or why there is none.
///
/// KostraKit's `ReportSectionContributor`s answer with this; the document builder places
/// sections before the appendix and prints the reasons in the summary.
public enum ReportContribution: Sendable {
    /// A finished section (level 2, with any level 3 subsections).
    case section(ReportSection)
    /// No section, with the reason in Norwegian, e.g. `ingen regnskapstall for Bærum i 2024`.
    case omitted(reason: String)
}
