import ArgumentParser
import Foundation
import KostraKit
import KostraModel

struct Fetch: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Fetch the catalogue's figures from SSB's statistics bank (PxWebApi v2) into the database.",
        discussion: """
            Municipalities are followed through their codes (Bærum 0219 → 3024 → 3201) and stored under one name; \
            for merged municipalities the predecessors' counts are summed, ratios never. Answers are cached \
            (--cache), so a repeated run makes no request and --offline works from the cache alone. Each recipe \
            is resolved against its table's metadata (confirmed code, SSB's label, or your pin in --recipes). A \
            table SSB says is gone (404), a refused code (400) or an unresolved recipe skips only the indicators \
            that need it: they are named, everything else is stored, and the exit status is 3 (partial). Any other \
            failed request stores nothing.
            """)

    @Option(help: "A network whose members to fetch, e.g. asss.")
    var network: String?

    @Option(help: "A municipality to fetch (name or any code it has had).")
    var municipality: [String] = []

    @Option(help: "More municipalities, comma-separated (e.g. Asker,Lillestrøm).")
    var include: String?

    @Flag(help: "Also fetch the KOSTRA groups the tool knows.")
    var groups = false

    @Flag(help: "Also fetch SSB's national figures.")
    var national = false

    @Option(help: "Statistics years, e.g. 2015-2024 or 2024.")
    var years: String

    @Option(help: "Only these catalogue indicators, comma-separated (default: all with an SSB recipe).")
    var indicators: String?

    @Option(help: "PxWebApi v2 base URL (default: https://data.ssb.no/api/pxwebapi/v2).")
    var apiBase: String?

    @Option(help: "The cache folder (default: $XDG_CACHE_HOME/kostra/ssb or ~/.cache/kostra/ssb).")
    var cache: String?

    @Flag(help: "Use the cache alone; fail for anything not cached.")
    var offline = false

    @OptionGroup var recipeFile: RecipeFileOption

    @OptionGroup var store: StoreOptions

    func validate() throws {
        guard parsedYears != nil else { throw ValidationError("--years must be a year or a range like 2015-2024, not '\(years)'.") }
        if network == nil, municipality.isEmpty, include == nil, !groups, !national {
            throw ValidationError("Choose what to fetch: --network, --municipality, --include, --groups or --national.")
        }
    }

    var parsedYears: ClosedRange<Int>? {
        let bounds = years.split(separator: "-", omittingEmptySubsequences: false).map { Int($0.trimmingCharacters(in: .whitespaces)) }
        switch bounds.count {
        case 1: return bounds[0].map { $0...$0 }
        case 2:
            guard let first = bounds[0], let last = bounds[1], first <= last else { return nil }
            return first...last
        default: return nil
        }
    }

    func run() async throws {
        let request = FetchRequest(
            network: network,
            municipalities: municipality
                + (include ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty },
            groups: groups, national: national, years: parsedYears ?? 0...0,
            indicators: indicators.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } },
            apiBase: apiBase, cacheDirectory: cache.map { URL(fileURLWithPath: $0, isDirectory: true) }, offline: offline,
            recipesFile: recipeFile.url)
        let workspace = try await Workspace.open(database: store.database)
        let bar = ProgressLine()
        let report = try await workspace.imports.fetch(request) { bar.show($0) }
        bar.finish()
        print(FetchSummaryText.render(report), terminator: "")
        // 3: some SSB figures could not be read; the summary names them.
        if report.isPartial { throw ExitCode(ExitStatus.partialFetch) }
    }
}
