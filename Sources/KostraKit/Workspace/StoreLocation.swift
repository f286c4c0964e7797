import Foundation
import KostraStore

/// Decides which database to use: `--database`, then `KOSTRA_DATABASE`, then
/// `kostra/kostra.sqlite` under the user's data folder (`XDG_DATA_HOME` or `~/.local/share`).
enum StoreLocation {
    static func resolve(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let explicit, !explicit.isEmpty { return expand(explicit, environment) }
        if let fromEnvironment = environment["KOSTRA_DATABASE"], !fromEnvironment.isEmpty {
            return expand(fromEnvironment, environment)
        }
        let dataHome =
            environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ((environment["HOME"] ?? NSHomeDirectory()) + "/.local/share")
        return dataHome + "/kostra/kostra.sqlite"
    }

    /// The store the setting names: a path means SQLite, a `postgres://` URL PostgreSQL;
    /// anything else is refused with a message saying what is accepted.
    static func location(
        explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(StoreError) -> DatabaseLocation {
        try DatabaseLocation.parse(resolve(explicit: explicit, environment: environment), environment: environment)
    }

    private static func expand(_ path: String, _ environment: [String: String]) -> String {
        if path.hasPrefix("~/"), let home = environment["HOME"] { return home + path.dropFirst(1) }
        return path
    }
}
