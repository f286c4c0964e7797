import FoundationXML
import KostraRender
import Testing

/// Checks every chart must pass, whatever its kind.
enum ChartChecks {
    /// Parses `svg` and checks the shared contract: a standalone, accessible
    /// SVG with a title and description, unique ids under the chart's prefix,
    /// legible font sizes, and no text running off the viewBox.
    @discardableResult
    static func standard(_ svg: String, id: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> XMLElement {
        let root = try ChartFixtures.parse(svg)
        #expect((root.localName ?? root.name) == "svg", sourceLocation: sourceLocation)
        #expect(
            root.uri == "http://www.w3.org/2000/svg" || ChartFixtures.attribute(root, "xmlns") == "http://www.w3.org/2000/svg",
            sourceLocation: sourceLocation)
        #expect(ChartFixtures.attribute(root, "role") == "img", sourceLocation: sourceLocation)
        #expect(ChartFixtures.attribute(root, "id") == id, sourceLocation: sourceLocation)
        #expect(ChartFixtures.attribute(root, "viewBox")?.hasPrefix("0 0 760 ") == true, sourceLocation: sourceLocation)
        #expect(ChartFixtures.attribute(root, "font-family")?.hasPrefix("DejaVu Sans") == true, sourceLocation: sourceLocation)

        // The title and description come first and are what aria-labelledby names.
        let children = (root.children ?? []).compactMap { $0 as? XMLElement }
        #expect(children.first.map { $0.localName ?? $0.name } == "title", sourceLocation: sourceLocation)
        let title = ChartFixtures.elements(root, named: "title").first
        let desc = ChartFixtures.elements(root, named: "desc").first
        let titleText = title?.stringValue ?? ""
        let descText = desc?.stringValue ?? ""
        #expect(!titleText.isEmpty, sourceLocation: sourceLocation)
        #expect(descText.count > 20, sourceLocation: sourceLocation)
        let labelledBy = (ChartFixtures.attribute(root, "aria-labelledby") ?? "").split(separator: " ").map(String.init)
        #expect(labelledBy == ["\(id)-title", "\(id)-desc"], sourceLocation: sourceLocation)
        #expect(title.flatMap { ChartFixtures.attribute($0, "id") } == "\(id)-title", sourceLocation: sourceLocation)
        #expect(desc.flatMap { ChartFixtures.attribute($0, "id") } == "\(id)-desc", sourceLocation: sourceLocation)

        // Ids are unique and all carry the chart's prefix, so charts can share a page.
        let ids = ChartFixtures.elements(root).compactMap { ChartFixtures.attribute($0, "id") }
        #expect(Set(ids).count == ids.count, "duplicate ids: \(ids)", sourceLocation: sourceLocation)
        #expect(ids.allSatisfy { $0 == id || $0.hasPrefix(id + "-") }, sourceLocation: sourceLocation)

        // No scripts, no external references.
        #expect(ChartFixtures.elements(root, named: "script").isEmpty, sourceLocation: sourceLocation)
        #expect(!svg.contains("href"), sourceLocation: sourceLocation)

        let width = 760.0
        for text in ChartFixtures.elements(root, named: "text") {
            let size = Double(ChartFixtures.attribute(text, "font-size") ?? "") ?? 0
            #expect(size >= 11, "text too small: \(text.stringValue ?? "")", sourceLocation: sourceLocation)
            let x = Double(ChartFixtures.attribute(text, "x") ?? "") ?? 0
            let measure = TextWrapper(maxWidth: .infinity, fontSize: size, bold: ChartFixtures.attribute(text, "font-weight") == "bold")
            let spans = ChartFixtures.elements(text, named: "tspan").map { $0.stringValue ?? "" }
            for line in spans.isEmpty ? [text.stringValue ?? ""] : spans {
                let lineWidth = measure.width(of: line)
                let left: Double
                switch ChartFixtures.attribute(text, "text-anchor") {
                case "middle": left = x - lineWidth / 2
                case "end": left = x - lineWidth
                default: left = x
                }
                #expect(left >= 0 && left + lineWidth <= width, "text runs off the chart: \(line)", sourceLocation: sourceLocation)
            }
        }
        return root
    }
}
