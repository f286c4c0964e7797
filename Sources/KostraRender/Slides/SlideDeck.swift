/// A slide deck independent of its file format: a title slide and content slides, each with
/// a title, one table, picture or list, and speaker notes naming the figures' sources.
public struct SlideDeck: Sendable, Hashable {
    public var title: String
    public var subtitle: String
    public var slides: [Slide]
    /// The default file name without extension, e.g. `baerum-2015-2019-gjennomgang`.
    public var fileStem: String

    public init(title: String, subtitle: String, slides: [Slide], fileStem: String) {
        self.title = title
        self.subtitle = subtitle
        self.slides = slides
        self.fileStem = fileStem
    }

    /// Every chart in the deck (one picture each).
    public var charts: [ReportChart] {
        slides.compactMap { if case .chart(let chart) = $0.body { chart } else { nil } }
    }
}

/// One content slide.
public struct Slide: Sendable, Hashable {
    public enum Body: Sendable, Hashable {
        /// A native table (figures as text, unit in the headers).
        case table(ReportTable)
        /// A chart, shown as a picture with the chart's alt text.
        case chart(ReportChart)
        /// Short paragraphs, e.g. why a slide's figures are missing.
        case text([String])
    }

    public var title: String
    public var body: Body
    /// Speaker notes: where the figures come from and how they are computed.
    public var notes: String

    public init(title: String, body: Body, notes: String) {
        self.title = title
        self.body = body
        self.notes = notes
    }
}
