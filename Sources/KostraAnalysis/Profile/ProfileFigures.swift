public import KostraModel

/// A profile's figures as columns: regions, the profile's indicators and years interned to small
/// integers once, and each figure in flat arrays with a presence mask.
///
/// Why: the national profile spent its time hashing region and indicator strings and copying
/// `Observation` values into dictionaries per network and year (`perf`, docs/performance.md).
/// Here every string is looked up once per figure, when the figures are read in, and the
/// averages, extremes, indices and ranks are passes over `Double` arrays.
///
/// Figures are unique per indicator, region and year, as the store's key makes them; when a list
/// repeats one, the last wins.
public struct ProfileFigures: Sendable {
    /// The profile's indicators the catalogue knows, in profile order: one table row each.
    public let indicators: [Indicator]
    /// For each row, the row whose figures it reads (an indicator listed twice reads its first row's).
    let groups: [Int]
    /// Every region with a nominal figure (of any indicator), in the order first seen.
    public let regions: [RegionID]
    let regionIndex: [RegionID: Int]
    /// The first year of the figures and how many years they span.
    public let firstYear: Int
    let yearCount: Int

    /// Per cell (see ``cell(region:row:year:)``): `hasValue`, `hasNumerator`, `hasDenominator` bits.
    var flags: [UInt8]
    var values: [Double]
    var numerators: [Double]
    var denominators: [Double]
    var statuses: [StatusSymbol?]
    /// Per region and year: `anyFigure` (any nominal observation) and `figureOrSymbol` bits.
    var regionYears: [UInt8]
    /// Each cell's position in the list it was read from (for the order of sources), -1 when empty.
    var positions: [Int32]
    /// Each cell's source, as an index into `sourceList`, -1 when none.
    var sourceIndex: [Int32]
    /// Distinct sources by id, in the order first seen.
    let sourceList: [DataSource]

    static let hasValue: UInt8 = 1
    static let hasNumerator: UInt8 = 2
    static let hasDenominator: UInt8 = 4
    static let anyFigure: UInt8 = 1
    static let figureOrSymbol: UInt8 = 2
    /// The same two bits counting only the profile's indicators.
    static let anyProfileFigure: UInt8 = 4
    static let profileFigureOrSymbol: UInt8 = 8

    /// Reads `observations` (nominal ones; others are ignored) for `profile`'s indicators.
    public init(profile: ServiceProfileDefinition, observations: [Observation], catalog: IndicatorCatalog) {
        let indicators = profile.indicators.compactMap { catalog.indicator(id: $0) }
        self.indicators = indicators
        var position: [IndicatorID: Int] = [:]
        for (index, indicator) in indicators.enumerated() where position[indicator.id] == nil {
            position[indicator.id] = index
        }
        groups = indicators.map { position[$0.id] ?? 0 }
        // One pass over the figures notes, for each nominal one, its region, row, year and whether
        // it is a figure; a second pass over those small entries fills the columns, once the years
        // are known. A figure is 192 bytes, so reading the whole list is bound by memory: a first
        // pass only for the years was a third of this initializer (`perf`, docs/performance.md,
        // session 14). Fields are read in place through a buffer: iterating the array copied
        // every `Observation` (a third of the national profile's time before that).
        var regions: [RegionID] = []
        var regionIndex: [RegionID: Int] = [:]
        var entries: [Entry] = []
        entries.reserveCapacity(observations.count)
        var low = Int.max
        var high = Int.min
        // Consecutive figures mostly share their region and indicator (the store returns them
        // sorted), so the last lookup is reused before hashing again.
        var lastRegion: RegionID?
        var lastRegionIndex = 0
        var lastIndicator: IndicatorID?
        var lastRow: Int?
        observations.withUnsafeBufferPointer { buffer in
            for offset in buffer.indices where buffer[offset].basis == .nominal {
                if buffer[offset].region != lastRegion {
                    if let known = regionIndex[buffer[offset].region] {
                        lastRegionIndex = known
                    } else {
                        lastRegionIndex = regions.count
                        regionIndex[buffer[offset].region] = lastRegionIndex
                        regions.append(buffer[offset].region)
                    }
                    lastRegion = buffer[offset].region
                }
                if buffer[offset].indicator != lastIndicator {
                    lastRow = position[buffer[offset].indicator]
                    lastIndicator = buffer[offset].indicator
                }
                let year = buffer[offset].year
                low = min(low, year)
                high = max(high, year)
                entries.append(
                    Entry(
                        offset: Int32(truncatingIfNeeded: offset), region: Int32(lastRegionIndex),
                        year: Int32(truncatingIfNeeded: year), row: Int16(lastRow ?? -1),
                        isFigure: buffer[offset].value != nil || buffer[offset].status != nil))
            }
        }
        let firstYear = low <= high ? low : 0
        let yearCount = low <= high ? high - low + 1 : 0
        self.firstYear = firstYear
        self.yearCount = yearCount
        let rowCount = indicators.count
        let cellCount = regions.count * rowCount * yearCount
        var flags = [UInt8](repeating: 0, count: cellCount)
        var values = [Double](repeating: 0, count: cellCount)
        var numerators = [Double](repeating: 0, count: cellCount)
        var denominators = [Double](repeating: 0, count: cellCount)
        var statuses = [StatusSymbol?](repeating: nil, count: cellCount)
        var regionYears = [UInt8](repeating: 0, count: regions.count * yearCount)
        var positions = [Int32](repeating: -1, count: cellCount)
        var sourceIndex = [Int32](repeating: -1, count: cellCount)
        var sourceList: [DataSource] = []
        var sourceIDs: [Int64?: Int32] = [:]
        observations.withUnsafeBufferPointer { buffer in
            for entry in entries {
                let region = Int(entry.region)
                let year = Int(entry.year) - firstYear
                regionYears[region * yearCount + year] |= Self.anyFigure | (entry.isFigure ? Self.figureOrSymbol : 0)
                guard entry.row >= 0 else { continue }
                regionYears[region * yearCount + year] |= Self.anyProfileFigure | (entry.isFigure ? Self.profileFigureOrSymbol : 0)
                let offset = Int(entry.offset)
                let cell = (region * rowCount + Int(entry.row)) * yearCount + year
                var flag: UInt8 = 0
                if let value = buffer[offset].value {
                    flag |= Self.hasValue
                    values[cell] = value
                }
                if let numerator = buffer[offset].numerator {
                    flag |= Self.hasNumerator
                    numerators[cell] = numerator
                }
                if let denominator = buffer[offset].denominator {
                    flag |= Self.hasDenominator
                    denominators[cell] = denominator
                }
                flags[cell] = flag
                statuses[cell] = buffer[offset].status
                positions[cell] = entry.offset
                if let source = buffer[offset].source {
                    if let known = sourceIDs[source.id] {
                        sourceIndex[cell] = known
                    } else {
                        let index = Int32(sourceList.count)
                        sourceIDs[source.id] = index
                        sourceList.append(source)
                        sourceIndex[cell] = index
                    }
                } else {
                    sourceIndex[cell] = -1
                }
            }
        }
        self.regions = regions
        self.regionIndex = regionIndex
        self.flags = flags
        self.values = values
        self.numerators = numerators
        self.denominators = denominators
        self.statuses = statuses
        self.regionYears = regionYears
        self.positions = positions
        self.sourceIndex = sourceIndex
        self.sourceList = sourceList
    }

    /// A nominal figure as the first pass saw it: its position in the list, region (an index into
    /// `regions`), year, the profile row it fills (-1 for another indicator's figure) and whether
    /// it has a value or symbol.
    private struct Entry {
        var offset: Int32
        var region: Int32
        var year: Int32
        var row: Int16
        var isFigure: Bool
    }

    /// The cell of a region (by index), a row's figure group and a year, or `nil` outside the figures.
    @inline(__always)
    func cell(region: Int, row: Int, year: Int) -> Int? {
        let offset = year - firstYear
        guard region >= 0, offset >= 0, offset < yearCount else { return nil }
        return (region * indicators.count + groups[row]) * yearCount + offset
    }

    /// The region's index, or -1 when it has no figures.
    func index(of region: RegionID) -> Int { regionIndex[region] ?? -1 }

    /// The value of a cell, when it has one.
    @inline(__always)
    func value(_ cell: Int?) -> Double? {
        guard let cell, flags[cell] & Self.hasValue != 0 else { return nil }
        return values[cell]
    }

    /// Whether the region has any figure (value or symbol) in `year`; with `profileOnly`, of the
    /// profile's indicators only.
    func hasFigureOrSymbol(region: Int, year: Int, profileOnly: Bool) -> Bool {
        let offset = year - firstYear
        guard region >= 0, offset >= 0, offset < yearCount else { return false }
        return regionYears[region * yearCount + offset] & (profileOnly ? Self.profileFigureOrSymbol : Self.figureOrSymbol) != 0
    }

    /// Every year the region has any nominal observation in, oldest first.
    func years(of region: Int, profileOnly: Bool) -> [Int] {
        guard region >= 0 else { return [] }
        let bit = profileOnly ? Self.anyProfileFigure : Self.anyFigure
        return (0..<yearCount).filter { regionYears[region * yearCount + $0] & bit != 0 }.map { $0 + firstYear }
    }
}
