import Foundation
import KostraModel

/// The thresholds the commentary rules use, read from `narrative-rules.json` so they can be
/// tuned without touching code.
public struct NarrativeThresholds: Sendable, Codable, Hashable {
    /// Thresholds for the position against the network average.
    public struct Position: Sendable, Codable, Hashable {
        public var onAveragePercent: Double
        public var wellPercent: Double
        public var relativeDecimals: Int
    }

    /// How the relative change since the previous year is stated.
    public struct Change: Sendable, Codable, Hashable {
        public var relativeDecimals: Int
    }

    /// What counts as a steady trend.
    public struct Trend: Sendable, Codable, Hashable {
        public var minimumPoints: Int
    }

    /// How the resource-use indicator is stated.
    public struct ResourceUse: Sendable, Codable, Hashable {
        public var relativeDecimals: Int
        public var onAveragePercent: Double
    }

    public var description: String
    public var position: Position
    public var change: Change
    public var trend: Trend
    public var resourceUse: ResourceUse

    /// The thresholds shipped with the module.
    ///
    /// Read once per process: every report and commentary asks for them, and finding and decoding
    /// the file each time was a tenth of a report's analysis.
    public static func bundled() throws -> NarrativeThresholds {
        try shipped.get()
    }

    private static let shipped = Result { try load() }

    private static func load() throws -> NarrativeThresholds {
        let url = try ResourceFolder.file(module: "KostraNarrative", subfolder: "Resources", name: "narrative-rules.json")
        return try JSONDecoder().decode(NarrativeThresholds.self, from: Data(contentsOf: url))
    }
}
