import Foundation
import KostraModel
import KostraStore
import KostraTesting
import Testing
#if canImport(Glibc)
    import Glibc
#endif

/// A `kostra import` killed with SIGKILL in the middle of its write leaves the store exactly as it
/// was and sound, and the same import run again completes.
@Suite("Import killed mid-way")
struct ImportKillTests {
    let folder = try! KostraCLI.temporaryFolder()
    var database: String { folder.appendingPathComponent("k.sqlite").path }

    /// A large published-figures file (time-series layout): every catalogue indicator for every
    /// region, every year SSB's columns allow, repeated so the import takes a while. The figures are
    /// generated, not real; only labels and region names come from the definitions.
    func bigSeriesFile() throws -> (path: String, figures: Int) {
        let definitions = try Definitions.bundled()
        // The years and values every import accepts (docs/importing.md, 'What every figure must be'):
        // 1990–2027 and 0,0–11,9, which fits a share, months and a count alike; seven repetitions keep
        // the file as large as it was with 1990–2100 twice.
        let years = Array(1990...2027)
        var lines = ["series;region;" + years.map(String.init).joined(separator: ";")]
        var figures = Set<String>()
        for repetition in 0..<7 {
            for indicator in definitions.catalog.indicators {
                for region in definitions.regions.regions {
                    let values = years.map { year in "\((year * 7 + repetition + region.name.count) % 12),\(year % 10)" }
                    lines.append("\(indicator.label);\(region.name);" + values.joined(separator: ";"))
                    if repetition == 0 { for year in years { figures.insert("\(indicator.id)|\(region.id)|\(year)") } }
                }
            }
        }
        let path = folder.appendingPathComponent("big-series.csv").path
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: path))
        return (path, figures.count)
    }

    /// Every stored figure as text, for comparing the store before and after.
    func snapshot() async throws -> [String] {
        let store = try SQLiteStore(path: database)
        return try await store.observations(ObservationQuery()).map {
            "\($0.indicator)|\($0.region)|\($0.year)|\($0.basis)|\(String(describing: $0.value))|\(String(describing: $0.status))|\($0.source?.id ?? -1)"
        }
    }

    @Test("SIGKILL during an import leaves the store intact, and the import can be repeated")
    func killedImport() async throws {
        // First use seeds the bundled figures; this is the state the killed import must not touch.
        #expect(try await KostraCLI.run(["profile", "Bærum", "--database", database]).status == 0)
        let before = try await snapshot()
        let (file, _) = try bigSeriesFile()

        let process = Process()
        process.executableURL = KostraCLI.executable
        process.arguments = ["import", "published", file, "--database", database]
        process.environment = ["PATH": "/usr/bin:/bin", "HOME": folder.path, "LANG": "C.UTF-8"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // The rollback journal exists from the transaction's first write to its commit: kill inside it.
        // Watched on a thread of its own: on the suite's two shared threads, busy with other tests,
        // the watch once slept through the whole write transaction (CI, session 16).
        let journal = database + "-journal"
        let pid = process.processIdentifier
        let sawJournal = try await onOwnThread { () -> Bool in
            while process.isRunning {
                if FileManager.default.fileExists(atPath: journal) {
                    usleep(150_000)
                    kill(pid, SIGKILL)
                    return true
                }
                usleep(500)
            }
            return false
        }
        kill(pid, SIGKILL)
        process.waitUntilExit()
        #expect(sawJournal, "the import ended before its write transaction was seen; make the file larger")
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(process.terminationStatus == SIGKILL)

        let store = try SQLiteStore(path: database)
        #expect(try await store.integrityCheck() == ["ok"])
        #expect(try await snapshot() == before)

        let again = try await KostraCLI.run(["import", "published", file, "--database", database])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try await store.integrityCheck() == ["ok"])
        #expect(try await store.status().observationCount > before.count)
    }
}
