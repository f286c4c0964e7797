import Foundation
import Synchronization

/// The machine's CPU time counters (the `cpu` line of `/proc/stat`), to tell how much of a
/// measurement's time the virtual machine's host gave to other machines ("steal").
///
/// On the project's machine `vmstat` showed 35–45 % steal in some minutes and about 1 % in others
/// (session 14); a report's time then doubled with unchanged code. Ratios against a baseline
/// measured in the same minutes survive that; an absolute target such as "each report < 20 ms"
/// does not, so the table says how much steal each measurement ran under.
struct CPUTimes: Sendable {
    var steal: UInt64
    var total: UInt64

    /// The counters now, or `nil` where `/proc/stat` has no `cpu` line with a steal column.
    static func now() -> CPUTimes? {
        guard let text = try? String(contentsOfFile: "/proc/stat", encoding: .utf8),
            let line = text.split(separator: "\n").first(where: { $0.hasPrefix("cpu ") })
        else { return nil }
        // user nice system idle iowait irq softirq steal guest guest_nice, in clock ticks; guest
        // time is already counted in user and nice.
        let fields = line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().prefix(8).compactMap { UInt64($0) }
        guard fields.count == 8 else { return nil }
        return CPUTimes(steal: fields[7], total: fields.reduce(0, +))
    }

    /// The share of all CPU time since `earlier` that was stolen, or `nil` if none passed.
    func stealShare(since earlier: CPUTimes) -> Double? {
        guard total > earlier.total else { return nil }
        return Double(steal - earlier.steal) / Double(total - earlier.total)
    }
}

/// The steal each measurement process ran under, in the order they ran.
final class StealLog: Sendable {
    private let entries = Mutex<[(label: String, share: Double)]>([])

    func record(_ label: String, _ share: Double) {
        entries.withLock { $0.append((label, share)) }
    }

    /// One line for the table's notes, or `nil` when nothing was recorded.
    var note: String? {
        let all = entries.withLock { $0 }
        guard !all.isEmpty else { return nil }
        let list = all.map { "\($0.label) \(Int(($0.share * 100).rounded())) %" }.joined(separator: ", ")
        return "CPU steal (time the virtual machine's host gave to other machines, from /proc/stat) during each measurement process: "
            + list + ". Steal slows every absolute time (the reports row) and either side of a ratio alike."
    }
}
