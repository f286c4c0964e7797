extension Workspace {
    /// The sections other use cases add to every report, in the order they appear, between
    /// the indicator sections and the appendix. Add a use case's contributor here (one line).
    public static let reportContributors: [any ReportSectionContributor] = [EfficiencyContributor(), DecompositionContributor()]
}
