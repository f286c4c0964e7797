public import Foundation

/// The NAV files `kostra import` reads as published, as data (`nav-files.json`): which sheet
/// or column holds the count, which catalogue figure it becomes, its age band, why a share
/// is or is not imported, and where each fact was seen.
public struct NAVFileCatalog: Sendable, Codable {
    /// A workbook NAV publishes (AAP155, HL060).
    public struct Workbook: Sendable, Codable, Hashable {
        /// NAV's table number, e.g. `AAP155`.
        public var table: String
        public var title: String
        /// The sheet with the counts per municipality and month.
        public var countSheet: String
        /// The sheet with NAV's share, named so that the import can say why it is not read.
        public var shareSheet: String?
        /// The catalogue figure the yearly count becomes.
        public var indicator: IndicatorID
        public var ageBand: String
        /// What happens to NAV's share, and why.
        public var share: String
        public var layout: String
        /// Where to download the file.
        public var download: String
        public var source: String
    }

    /// A CSV with one row per municipality and month.
    public struct CSVLayout: Sendable, Codable, Hashable {
        /// The header of each column the reader needs.
        public struct Columns: Sendable, Codable, Hashable {
            public var year: String
            public var month: String
            public var code: String
            public var name: String?
            public var count: String
            public var share: String?
        }

        public var title: String
        public var columns: Columns
        public var indicator: IndicatorID
        public var ageBand: String
        public var share: String
        public var layout: String
        public var source: String
    }

    /// How twelve months become a year, with its source.
    public struct Rule: Sendable, Codable, Hashable {
        public var rule: String
        public var source: String
    }

    public var description: String
    public var yearlyRule: Rule
    public var workbooks: [Workbook]
    public var csv: [CSVLayout]

    /// The catalogue bundled with the tool (read once).
    public static func bundled() throws(ModelError) -> NAVFileCatalog {
        try cached.get()
    }

    private static let cached: Result<NAVFileCatalog, ModelError> = Result { () throws(ModelError) in
        let url = (Bundle.module.url(forResource: "Resources", withExtension: nil) ?? URL(fileURLWithPath: "."))
            .appendingPathComponent("nav-files.json")
        do {
            return try JSONDecoder().decode(NAVFileCatalog.self, from: Data(contentsOf: url))
        } catch {
            throw .unreadableDefinitions(file: url.path, reason: String(describing: error))
        }
    }
}
