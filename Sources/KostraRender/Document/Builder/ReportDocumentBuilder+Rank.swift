import KostraAnalysis
import KostraModel

extension ReportDocumentBuilder {
    /// The municipality's place among the network's members, with the direction and who lacks
    /// figures, or why there is no place.
    func rankParagraph(_ row: ProfileRow, profile: ServiceProfile) -> ReportParagraph? {
        let heading = "Plass i \(profile.network.name) \(profile.year): "
        if let rank = row.rank {
            let text = rank.text { self.regions.region(id: $0)?.name ?? $0 }
            return ReportParagraph(heading + text + " (\(rank.order.norwegianDescription)).")
        }
        return row.rankNote.map { ReportParagraph(heading + $0, kind: .note) }
    }
}
