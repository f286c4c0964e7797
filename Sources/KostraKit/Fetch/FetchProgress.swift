/// How far a fetch has come, for a progress bar or plain progress lines.
public struct FetchProgress: Sendable, Hashable {
    /// Tables done so far.
    public var done: Int
    /// Tables to fetch in all.
    public var total: Int
    /// What is happening now, e.g. `table 07459: 2 parts, 1 from cache`.
    public var message: String

    public init(done: Int, total: Int, message: String) {
        self.done = done
        self.total = total
        self.message = message
    }
}
