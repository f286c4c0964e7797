/// How a bar is filled, so that bars stay distinguishable in greyscale print.
public enum BarPattern: String, Sendable, Hashable, Codable, CaseIterable {
    /// A solid fill in the style's bar colour.
    case solid
    /// Diagonal lines in the series colour on white.
    case diagonal
    /// Crossed diagonal lines in the series colour on white.
    case crossHatch
    /// Horizontal lines in the series colour on white.
    case horizontal
}
