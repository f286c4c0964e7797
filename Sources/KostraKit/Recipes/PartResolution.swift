public import Foundation
public import KostraModel

/// How one recipe part was matched to a table's metadata: the code chosen for each dimension
/// and how, or why it could not be.
public struct PartResolution: Sendable, Hashable {
    /// How a dimension's code was found.
    public enum How: String, Sendable, Hashable {
        /// The recipe's confirmed code is in the table.
        case code
        /// The recipe's label matched exactly one category after normalising.
        case label
        /// The analyst's pin in the user recipe file.
        case pinned
    }

    /// One dimension's outcome.
    public struct Dimension: Sendable, Hashable {
        /// The table's variable code, e.g. `ContentsCode`.
        public var dimension: String
        /// The codes chosen (several are summed), empty when unresolved.
        public var codes: [String]
        /// SSB's labels of the chosen codes, from the metadata.
        public var labels: [String]
        /// How they were chosen; `nil` when unresolved.
        public var how: How?
        /// Why the dimension is unresolved, in English for the CLI.
        public var problem: String?
        /// The closest categories (`CODE «label»`) when unresolved, to help choose a pin.
        public var closest: [String]

        public init(dimension: String, codes: [String], labels: [String], how: How?, problem: String? = nil, closest: [String] = []) {
            self.dimension = dimension
            self.codes = codes
            self.labels = labels
            self.how = how
            self.problem = problem
            self.closest = closest
        }
    }

    public var indicator: IndicatorID
    /// The recipe's part as written.
    public var part: RecipePart
    /// The part with every dimension's code filled in; `nil` when any dimension is unresolved.
    public var resolved: RecipePart?
    public var dimensions: [Dimension]
    /// Problems that are not about one dimension (e.g. a variable the table requires).
    public var problems: [String]
    /// The metadata's `updated` stamp the resolution was made against.
    public var metadataUpdated: Date?
    /// The user recipe file that held a pin used here, if any.
    public var pinFile: String?

    public init(
        indicator: IndicatorID, part: RecipePart, resolved: RecipePart?, dimensions: [Dimension], problems: [String],
        metadataUpdated: Date?, pinFile: String?
    ) {
        self.indicator = indicator
        self.part = part
        self.resolved = resolved
        self.dimensions = dimensions
        self.problems = problems
        self.metadataUpdated = metadataUpdated
        self.pinFile = pinFile
    }

    /// Whether every dimension resolved.
    public var isResolved: Bool { resolved != nil }

    /// Why the part is unresolved, one sentence (English, for the CLI summary).
    public var reason: String {
        let parts = dimensions.compactMap { dimension in dimension.problem.map { "\(dimension.dimension): \($0)" } } + problems
        return parts.joined(separator: "; ")
    }

    /// The provenance line for figures this part produced, in Norwegian as stored with them:
    /// `recipients (tabell 14019, metadata oppdatert 2026-03-16): ContentsCode = KOSx «Sosialhjelpstilfeller (antall)», funnet ved etikett`.
    public var provenance: String {
        let stamp = metadataUpdated.map { ", metadata oppdatert \(Self.day($0))" } ?? ""
        let choices = dimensions.filter { $0.how != nil }.map { dimension -> String in
            let pairs = zip(dimension.codes, dimension.labels).map { "\($0) «\($1)»" }.joined(separator: " + ")
            let how: String
            switch dimension.how {
            case .code?: how = "bekreftet kode"
            case .label?: how = "funnet ved etikett"
            case .pinned?: how = "festet i \(pinFile ?? "brukerens oppskriftsfil")"
            case nil: how = ""
            }
            return "\(dimension.dimension) = \(pairs), \(how)"
        }
        return "\(indicator) (tabell \(part.table)\(stamp)): \(choices.joined(separator: "; "))"
    }

    static func day(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? .current
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }
}
