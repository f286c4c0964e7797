import ArgumentParser
import Foundation
import KostraKit
import KostraNarrative

struct Commentary: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draft Norwegian commentary from a municipality's profile; every sentence carries the figures and rule behind it.")

    @OptionGroup var selection: ProfileSelection

    enum Format: String, ExpressibleByArgument { case text, json }

    @Option(help: "text (the sentences) or json (each sentence with its indicator, rule and inputs).")
    var format: Format = .text

    @OptionGroup var store: StoreOptions

    func run() async throws {
        let workspace = try await Workspace.open(database: store.database)
        let profile = try await workspace.profile(of: selection.municipality, year: selection.year, network: selection.network)
        let sentences = try CommentaryWriter.bundled().sentences(for: profile)
        switch format {
        case .text:
            for sentence in sentences { print(sentence.text) }
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(sentences), as: UTF8.self))
        }
    }
}
