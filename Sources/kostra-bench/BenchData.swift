import Foundation
import KostraImport
import KostraModel
import KostraTesting
import KostraStore

/// Writes the SYNTHETIC inputs every measurement reads, once per data folder.
enum BenchData {
    static let jsonStatFile = "synthetic-kostra-4.8M-cells.json"
    static let nationFile = "synthetic-nation.csv"
    static let templateStore = "template.sqlite"

    static func prepare(in folder: String) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let jsonStat = folder + "/" + jsonStatFile
        if !FileManager.default.fileExists(atPath: jsonStat) {
            FileHandle.standardError.write(Data("  generating \(jsonStatFile) (SYNTHETIC, seeded)…\n".utf8))
            try SyntheticJSONStat().makeData().write(to: URL(fileURLWithPath: jsonStat))
        }
        let nation = folder + "/" + nationFile
        if !FileManager.default.fileExists(atPath: nation) {
            FileHandle.standardError.write(Data("  generating \(nationFile) (SYNTHETIC, seeded)…\n".utf8))
            try SyntheticNation(catalog: try Definitions.bundled().catalog).csv()
                .write(toFile: nation, atomically: true, encoding: .utf8)
        }
        // The Python baseline inserts into a copy of an empty store, so both use the very same schema.
        let template = folder + "/" + templateStore
        try? FileManager.default.removeItem(atPath: template)
        _ = try SQLiteStore(path: template)
    }
}
