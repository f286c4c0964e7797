/// What a data series stands for, which decides how it is drawn.
///
/// The municipality the report is about is always the strongest mark; the
/// network average is a neutral reference; everything else is a comparison.
public enum SeriesRole: String, Sendable, Hashable, Codable, CaseIterable {
    /// The municipality the report is about (strong dark blue, solid, on top).
    case municipality
    /// The network or group average (near-black, dashed).
    case average
    /// Any other municipality or group (other tones, dashes and markers).
    case comparison
}
