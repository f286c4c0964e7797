/// A municipality that may be a peer, with its structural values.
public struct PeerCandidate: Sendable, Hashable, Codable {
    /// The region code (or another unique identifier).
    public var region: String
    /// The municipality's name, for output.
    public var name: String?
    /// Structural values by variable name; a missing key means the value is missing.
    public var values: [String: Double]

    public init(region: String, name: String? = nil, values: [String: Double]) {
        self.region = region
        self.name = name
        self.values = values
    }
}
