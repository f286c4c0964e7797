/// A structural variable used to find similar municipalities, with its weight.
public struct PeerVariable: Sendable, Hashable, Codable {
    /// The key of the variable in each candidate's ``PeerCandidate/values``.
    public var name: String
    /// The label a Norwegian reader sees, e.g. `"Andel 67 år og over"`.
    public var label: String
    /// The weight in the distance; 1 by default, 0 shows the variable without letting it count.
    public var weight: Double

    public init(_ name: String, label: String? = nil, weight: Double = 1) {
        self.name = name
        self.label = label ?? name
        self.weight = weight
    }
}
