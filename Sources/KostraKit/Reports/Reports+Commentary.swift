public import KostraAnalysis
public import KostraModel
public import KostraNarrative
import KostraStore

extension Reports {
    /// The Norwegian commentary on a municipality's profile, with "nest høyest/lavest" where every
    /// member's figure is stored, and comparisons with the named `peers`.
    public func commentary(
        of name: some MunicipalityReference, year: Int? = nil, network: String = "asss", peers: [String] = []
    ) async throws -> [CommentarySentence] {
        let profile = try await comparisons.profile(of: name, year: year, network: network)
        return try await commentary(on: profile, peers: try resolve.peers(peers, excluding: profile.municipality))
    }

    /// The commentary on a profile already built.
    public func commentary(on profile: ServiceProfile, peers: [Region] = []) async throws -> [CommentarySentence] {
        let figures = try await memberFigures(for: profile, also: peers.map(\.id))
        return try CommentaryWriter.bundled().sentences(for: profile, memberFigures: figures, peers: peers)
    }

    /// The network members' (and `also`'s) own figures for the profile's indicators in its year.
    func memberFigures(for profile: ServiceProfile, also extra: [RegionID]) async throws -> [IndicatorID: [RegionID: Double]] {
        let regions = Array(Set(profile.members + extra + [profile.municipality.id]))
        // The profile read its members' figures for the year already; read only for others.
        let read = Set(profile.members + [profile.municipality.id])
        if !profile.yearFigures.isEmpty && regions.allSatisfy(read.contains) { return profile.yearFigures }
        let observations = try await reader.observations(
            ObservationQuery(
                indicators: profile.rows.map(\.indicator.id), regions: regions, years: profile.year...profile.year,
                basis: .nominal))
        var figures: [IndicatorID: [RegionID: Double]] = [:]
        for observation in observations {
            if let value = observation.value { figures[observation.key.indicator, default: [:]][observation.key.region] = value }
        }
        return figures
    }
}
