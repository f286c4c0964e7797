/// Which indicators a service profile shows, and in which order.
public struct ServiceProfileDefinition: Sendable, Codable, Hashable, Identifiable {
    public var id: String
    /// The profile's Norwegian title, e.g. `Tjenesteprofil for sosialtjeneste og bolig`.
    public var title: String
    /// The service area, e.g. `Sosialtjeneste og bolig`.
    public var service: String
    public var indicators: [IndicatorID]

    public init(id: String, title: String, service: String, indicators: [IndicatorID]) {
        self.id = id
        self.title = title
        self.service = service
        self.indicators = indicators
    }
}
