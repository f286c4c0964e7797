public import Foundation
public import KostraModel

/// What `kostra fetch` should fetch: which regions, which years, which indicators, and from where.
public struct FetchRequest: Sendable {
    /// A network whose members (in any of the years) are fetched, e.g. `asss`.
    public var network: String?
    /// Municipalities named by the user (any name or code).
    public var municipalities: [String]
    /// Also fetch SSB's KOSTRA groups the tool knows.
    public var groups: Bool
    /// Also fetch SSB's national figures.
    public var national: Bool
    /// The statistics years.
    public var years: ClosedRange<Int>
    /// Only these catalogue indicators (with the numerators and denominators they need); all when `nil`.
    public var indicators: [IndicatorID]?
    /// PxWebApi v2 base URL; SSB's when `nil`.
    public var apiBase: String?
    /// Where answers are cached; the default cache folder when `nil`.
    public var cacheDirectory: URL?
    /// Serve from the cache alone.
    public var offline: Bool
    /// The user recipe file (pins and own recipes); the config folder's `kostra/recipes.json` when `nil`.
    public var recipesFile: URL?

    public init(
        network: String? = nil, municipalities: [String] = [], groups: Bool = false, national: Bool = false,
        years: ClosedRange<Int>, indicators: [IndicatorID]? = nil, apiBase: String? = nil, cacheDirectory: URL? = nil,
        offline: Bool = false, recipesFile: URL? = nil
    ) {
        self.network = network
        self.municipalities = municipalities
        self.groups = groups
        self.national = national
        self.years = years
        self.indicators = indicators
        self.apiBase = apiBase
        self.cacheDirectory = cacheDirectory
        self.offline = offline
        self.recipesFile = recipesFile
    }
}
