import ArgumentParser
import Foundation
import KostraFetch
import KostraKit

/// Where SSB is reached: the API base, the answer cache and offline mode.
struct SSBOptions: ParsableArguments {
    @Option(help: "PxWebApi v2 base URL (default: https://data.ssb.no/api/pxwebapi/v2).")
    var apiBase: String?

    @Option(help: "The cache folder (default: $XDG_CACHE_HOME/kostra/ssb or ~/.cache/kostra/ssb).")
    var cache: String?

    @Flag(help: "Use the cache alone; fail for anything not cached.")
    var offline = false

    var configuration: FetchConfiguration {
        Imports.fetchConfiguration(
            for: FetchRequest(
                years: 0...0, apiBase: apiBase, cacheDirectory: cache.map { URL(fileURLWithPath: $0, isDirectory: true) }, offline: offline))
    }
}

/// The user recipe file option shared by `fetch` and `recipes`.
struct RecipeFileOption: ParsableArguments {
    @Option(help: "The user recipe file with pins (default: $XDG_CONFIG_HOME/kostra/recipes.json or ~/.config/kostra/recipes.json).")
    var recipes: String?

    var url: URL? { recipes.map { URL(fileURLWithPath: $0) } }
}
