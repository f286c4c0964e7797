/// A stable identifier for a region (a municipality, a group or the country), e.g. `baerum`.
///
/// Series are keyed by this identifier, never by SSB's region code, because the
/// codes change (Bærum 0219 → 3024 → 3201) while the municipality stays the same.
public typealias RegionID = String

/// What kind of region an entity is; it decides how its figures may be combined.
public enum RegionKind: String, Sendable, Codable, Hashable {
    /// A municipality (kommune).
    case municipality
    /// A KOSTRA group, whose figures SSB computes and publishes itself.
    case kostraGroup
    /// The whole country (or the country without Oslo), as SSB publishes it.
    case country
}

/// A region code together with the statistics years in which it was valid.
public struct DatedCode: Sendable, Codable, Hashable {
    /// SSB's code, e.g. `3201` or `EKG12`.
    public var code: String
    /// The first statistics year the code was valid, or `nil` when valid since before the tool's range.
    public var from: Int?
    /// The last statistics year the code was valid, or `nil` when still valid.
    public var to: Int?

    public init(code: String, from: Int? = nil, to: Int? = nil) {
        self.code = code
        self.from = from
        self.to = to
    }

    /// Whether the code was valid in `year`.
    public func isValid(in year: Int) -> Bool {
        (from.map { year >= $0 } ?? true) && (to.map { year <= $0 } ?? true)
    }
}

/// A merger in which a region absorbed other municipalities.
public struct Merger: Sendable, Codable, Hashable {
    /// The first statistics year of the merged municipality.
    public var year: Int
    /// The municipalities absorbed in the merger (the region itself is not listed).
    public var predecessors: [RegionID]

    public init(year: Int, predecessors: [RegionID]) {
        self.year = year
        self.predecessors = predecessors
    }
}

/// One municipality, group or country, followed across its code changes.
public struct Region: Sendable, Codable, Hashable, Identifiable {
    public var id: RegionID
    public var kind: RegionKind
    /// The Norwegian name readers see, e.g. `Bærum`.
    public var name: String
    /// Every code the region has had, oldest first.
    public var codes: [DatedCode]
    /// Other names the region is known by (spellings, short forms).
    public var alternativeNames: [String]?
    /// Labels SSB prints for the region, e.g. `Oslo - Oslove`.
    public var ssbLabels: [String]?
    /// Mergers in which this region absorbed others.
    public var mergers: [Merger]?
    /// The region that absorbed this one, for municipalities that no longer exist.
    public var successor: RegionID?
    /// A note on how the region's figures are made or must be read.
    public var note: String?

    public init(
        id: RegionID, kind: RegionKind, name: String, codes: [DatedCode],
        alternativeNames: [String]? = nil, ssbLabels: [String]? = nil,
        mergers: [Merger]? = nil, successor: RegionID? = nil, note: String? = nil
    ) {
        self.id = id
        self.kind = kind
        self.name = name
        self.codes = codes
        self.alternativeNames = alternativeNames
        self.ssbLabels = ssbLabels
        self.mergers = mergers
        self.successor = successor
        self.note = note
    }

    /// The code valid in `year`, if the region had one then.
    public func code(in year: Int) -> String? {
        codes.first { $0.isValid(in: year) }?.code
    }

    /// The newest code, for display.
    public var currentCode: String { codes.last?.code ?? "" }

    /// The year of a merger that breaks ratio series between `year - 1` and `year`, if any.
    public func mergerYear(between first: Int, and last: Int) -> Int? {
        mergers?.first { $0.year > first && $0.year <= last }?.year
    }

    /// All names a user might type for this region.
    public var allNames: [String] {
        [name] + (alternativeNames ?? []) + (ssbLabels ?? [])
    }
}
