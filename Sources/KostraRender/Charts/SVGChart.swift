/// A chart spec that renders itself to a standalone SVG document.
///
/// Every output format (HTML report, PDF through headless Chromium, web
/// dashboard, Word) embeds the same string, so a chart is a pure function of
/// its spec: the same spec always gives byte-identical SVG.
public protocol SVGChart: Sendable {
    /// The chart's id, used as the root element's `id` and as the prefix of
    /// every other id inside the SVG so that several charts can share a page.
    var id: String { get }
    /// The chart's title, shown at the top and given as the SVG `<title>`.
    var title: String { get }
    /// The chart as a standalone `<svg>` document (no XML declaration, so it
    /// can be inlined into HTML as it is).
    func svg() -> String
}
