import ArgumentParser
import Foundation
import KostraKit
import KostraRender

struct Slides: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the slides of a review of social assistance as a PowerPoint file (.pptx, 16:9).",
        discussion: """
            Slides: the socio-economic peer table, AAP against social assistance, the growth of payouts split \
            into factors (table and waterfall chart), long-term recipients and the service profile of the last \
            year. A slide whose figures are not stored says which are missing. Charts are pictures made by \
            headless Chromium; speaker notes name every figure's source.
            """)

    @Argument(help: "The municipality: a name or any code it has had.")
    var municipality: String

    @Option(help: "The first year.")
    var from: Int

    @Option(help: "The last year.")
    var to: Int

    @OptionGroup var comparison: ReviewComparisonOptions

    @Option(help: "The .pptx file to write (default: <municipality>-<from>-<to>-gjennomgang.pptx).")
    var out: String?

    @OptionGroup var store: StoreOptions

    func validate() throws {
        guard from < to else { throw ValidationError("--from \(from) must be before --to \(to).") }
        if let out, !out.lowercased().hasSuffix(".pptx") { throw ValidationError("--out must name a .pptx file, not '\(out)'.") }
    }

    func run() async throws {
        let workspace = try await Workspace.open(database: store.database)
        let deck = try await workspace.review.reviewSlides(
            of: municipality, from: from, to: to, peers: comparison.peerNames, network: comparison.network)
        let url = try await workspace.review.writeReviewSlides(deck, to: out ?? "\(deck.fileStem).pptx")
        print("Wrote \(url.path) (\(deck.slides.count + 1) slides)")
    }
}
