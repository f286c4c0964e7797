public import KostraModel

extension ServiceProfile {
    /// Under the table: who lacks figures where a place is given, and why rows have no place, one
    /// line per distinct reason with the indicators it concerns (Norwegian).
    public var rankNotes: [String] {
        var order: [String] = []
        var labels: [String: [String]] = [:]
        for row in rows {
            guard let note = row.rankNote else { continue }
            if labels[note] == nil { order.append(note) }
            labels[note, default: []].append(row.indicator.displayShortLabel)
        }
        return order.map { note in "\(labels[note, default: []].joined(separator: ", ")): \(note)" }
    }

    /// The header's explanation of the place column.
    public var rankExplanation: String {
        "Plass i \(network.name): 1 er best etter indikatorens retning; uten retning rangeres etter verdi, høyest først (merket «etter verdi»). "
            + "Like tall deler plass."
    }
}
