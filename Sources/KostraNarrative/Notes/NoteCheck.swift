public import KostraAnalysis
public import KostraModel

/// Whether the figures a notes section was written against still hold.
public struct NoteCheck: Sendable, Hashable, Codable {
    public enum State: String, Sendable, Hashable, Codable {
        /// Every recorded figure is what the table shows now.
        case current
        /// At least one recorded figure differs from the table as shown now.
        case changed
        /// The section records no figures, so nothing can be checked.
        case unrecorded
    }

    /// A recorded figure that no longer holds, as a reader sees both.
    public struct Change: Sendable, Hashable, Codable {
        public var label: String
        public var was: String
        public var now: String

        public init(label: String, was: String, now: String) {
            self.label = label
            self.was = was
            self.now = now
        }
    }

    public var heading: String
    public var line: Int
    public var state: State
    public var changes: [Change]

    /// The report's warning, in Norwegian, when the figures changed.
    public var warning: String? {
        guard state == .changed else { return nil }
        let list = changes.map { "\($0.label): \($0.was) → \($0.now)" }.joined(separator: "; ")
        return "Tallene er endret siden notatet ble skrevet (\(list)). Les notatet på nytt."
    }
}

/// Compares each notes section's recorded figures with the profile, at the decimals the table shows.
public struct NoteChecker: Sendable {
    public init() {}

    public func check(_ section: NoteSection, against profile: ServiceProfile) -> NoteCheck {
        guard !section.recorded.isEmpty else {
            return NoteCheck(heading: section.heading, line: section.line, state: .unrecorded, changes: [])
        }
        guard case .indicator(let id) = section.target, let row = profile.rows.first(where: { $0.indicator.id == id }) else {
            return NoteCheck(heading: section.heading, line: section.line, state: .unrecorded, changes: [])
        }
        let text = FigureText()
        var changes: [NoteCheck.Change] = []
        for figure in section.recorded {
            let label =
                figure.kind == .value
                ? "\(profile.municipality.name) \(figure.year)" : "\(profile.network.averageLabel) \(figure.year)"
            let current: Double? =
                switch figure.kind {
                case .value: row.values[figure.year]
                case .average: figure.year == profile.year ? row.average?.value : nil
                }
            let was = text.value(figure.value, of: row.indicator)
            guard let current else {
                // A figure for a year outside the table cannot be compared; one that vanished has changed.
                if profile.years.contains(figure.year) { changes.append(.init(label: label, was: was, now: "mangler")) }
                continue
            }
            if FigureText.shown(current, of: row.indicator) != FigureText.shown(figure.value, of: row.indicator) {
                changes.append(.init(label: label, was: was, now: text.value(current, of: row.indicator)))
            }
        }
        return NoteCheck(heading: section.heading, line: section.line, state: changes.isEmpty ? .current : .changed, changes: changes)
    }

    public func check(_ notes: AnalystNotes, against profile: ServiceProfile) -> [NoteCheck] {
        notes.sections.map { check($0, against: profile) }
    }
}
