/// How a message names an option the user can set: `--year 2024` on the command line,
/// `year=2024` in the dashboard and API. Each edge says which once (the server around every
/// request); messages name options through ``named(_:value:)`` and are never rewritten afterwards.
public enum OptionSpelling: Sendable {
    case commandLine
    case query

    /// The spelling for the task at hand: the command line's unless an edge says otherwise.
    @TaskLocal public static var current: OptionSpelling = .commandLine

    /// The option `name` (with `value`, if given) as the current edge spells it.
    public static func named(_ name: String, value: String? = nil) -> String {
        switch current {
        case .commandLine: value.map { "--\(name) \($0)" } ?? "--\(name)"
        case .query: "\(name)=\(value ?? "")"
        }
    }
}
