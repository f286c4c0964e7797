public import KostraModel
import Foundation

/// Everything a store holds: sources (with their ids) and the figures pointing at them.
///
/// `kostra db copy` reads one from a store and writes it into another. Its checksum is
/// computed in Swift from the values the engine returns, so it is computed identically
/// on both sides whatever the engine.
public struct StoreSnapshot: Sendable, Equatable {
    public var sources: [DataSource]
    /// Figures, each with its source (including the source's id).
    public var observations: [Observation]
    public var aggregates: [PublishedAggregate]

    public init(sources: [DataSource], observations: [Observation], aggregates: [PublishedAggregate]) {
        self.sources = sources
        self.observations = observations
        self.aggregates = aggregates
    }

    /// Figures (observations and aggregates) in the snapshot.
    public var figureCount: Int { observations.count + aggregates.count }

    /// A 64-bit FNV-1a hash over a canonical text of every source and figure, as 16 hex digits.
    ///
    /// Values are hashed by their exact bit patterns (-0 as 0); dates to the millisecond, the
    /// precision both engines keep. Rows are sorted by key first, so row order does not matter.
    public var checksum: String {
        var hash = FNV1a()
        for source in sources.sorted(by: { ($0.id ?? 0) < ($1.id ?? 0) }) {
            hash.add("S|\(Self.canonical(source))\n")
        }
        let observationLines = observations.map { (o: Observation) -> String in
            let status: String = o.status?.rawValue ?? ""
            let source: String = o.source?.id.map { String($0) } ?? ""
            let numbers = "\(Self.number(o.value))|\(Self.number(o.numerator))|\(Self.number(o.denominator))"
            return "O|\(o.indicator)|\(o.region)|\(o.year)|\(o.basis.rawValue)|\(numbers)|\(status)|\(source)\n"
        }
        for line in observationLines.sorted() { hash.add(line) }
        let aggregateLines = aggregates.map { (a: PublishedAggregate) -> String in
            let status: String = a.status?.rawValue ?? ""
            let label: String = a.label ?? ""
            let source: String = a.source?.id.map { String($0) } ?? ""
            return "A|\(a.indicator)|\(a.network)|\(a.year)|\(a.basis.rawValue)|\(a.statistic.rawValue)|"
                + "\(Self.number(a.value))|\(status)|\(label)|\(source)\n"
        }
        for line in aggregateLines.sorted() { hash.add(line) }
        return hash.hex
    }

    static func canonical(_ source: DataSource) -> String {
        let publishedAt: String = source.publishedAt.map { String(StoredDate.milliseconds($0)) } ?? ""
        let preliminary: String = source.preliminary.map { $0 ? "1" : "0" } ?? ""
        let fields: [String] = [
            source.id.map { String($0) } ?? "", source.kind.rawValue, source.title, source.reference, publishedAt,
            String(StoredDate.milliseconds(source.retrievedAt)), preliminary, source.note ?? "",
        ]
        return fields.map { $0.replacingOccurrences(of: "|", with: "||") }.joined(separator: "|")
    }

    /// The exact bits, except that -0 counts as 0 (SQLite keeps whole REALs as integers, so it has no -0).
    static func number(_ value: Double?) -> String {
        value.map { String(($0 == 0 ? 0 : $0).bitPattern, radix: 16) } ?? ""
    }
}

/// 64-bit FNV-1a: small, dependency-free and plenty to detect a changed figure (not a security hash).
struct FNV1a {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ text: String) {
        for byte in text.utf8 {
            value ^= UInt64(byte)
            value = value &* 0x0000_0100_0000_01b3
        }
    }

    var hex: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
