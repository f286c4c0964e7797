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

    @Option(help: "Municipalities to compare with, by name or code, comma-separated (e.g. Asker,Stavanger).")
    var peers: String?

    @OptionGroup var store: StoreOptions

    func run() async throws {
        let workspace = try await Workspace.open(database: store.database)
        let peerNames = peers?.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } ?? []
        let sentences = try await workspace.reports.commentary(
            of: selection.municipality, year: selection.year, network: selection.network, peers: peerNames)
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
