import ArgumentParser
import Foundation

/// The regions a review analysis compares a municipality with: named peers and a network.
struct ReviewComparisonOptions: ParsableArguments {
    @Option(help: "Peer municipalities, comma-separated (e.g. Asker,Drammen), or @nearest / @nearest:N for the nearest by 'kostra peers'.")
    var peers: String?

    @Option(help: "The network to compare with, or 'none'.")
    var network: String = "asss"

    /// The peers as a list of names, blanks dropped.
    var peerNames: [String] {
        (peers ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
