import Dispatch
import Synchronization

extension Array where Element: Sendable {
    /// `map`, with the elements transformed on every core at once and the results in order.
    ///
    /// A report's indicator sections (each with its line charts) are independent and were most of
    /// the time a report took to build; on two cores this nearly halves that part. Under load, when
    /// every core is already busy, it costs nothing but the bookkeeping.
    func concurrentMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
        guard count > 1 else { return map(transform) }
        let results = Mutex<[Result?]>(Array<Result?>(repeating: nil, count: count))
        DispatchQueue.concurrentPerform(iterations: count) { index in
            let result = transform(self[index])
            results.withLock { $0[index] = result }
        }
        return results.withLock { $0.compactMap { $0 } }
    }
}
