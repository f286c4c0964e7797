import Foundation
import HTTPTypes
import HummingbirdTesting
import KostraKit
import KostraModel
import KostraTesting
import Synchronization
import Testing

/// A page reads each thing it needs once: the statements SQLite runs for one request are counted
/// through GRDB's trace, and no query is run twice.
@Suite("Queries per page")
struct QueriesPerPageTests {
    final class StatementLog: Sendable {
        private let statements = Mutex<[String]>([])
        func record(_ sql: String) { statements.withLock { $0.append(sql) } }
        func take() -> [String] {
            statements.withLock { taken in
                defer { taken = [] }; return taken
            }
        }
    }

    @Test("The profile page runs each store query once, with and without a year")
    func profilePage() async throws {
        let log = StatementLog()
        let path = try KostraCLI.temporaryFolder().appendingPathComponent("queries.sqlite").path
        let workspace = try await Workspace.countingStatements(at: path) { log.record($0) }
        try await ServerHarness.withServer(workspace: workspace) { client, _ in
            for uri in ["/profil?municipality=baerum", "/profil?municipality=baerum&year=2023&network=asss"] {
                _ = log.take()
                let page = try await ServerHarness.get(client, uri)
                #expect(page.status == .ok, "\(uri)")
                let selects = log.take().filter { $0.uppercased().hasPrefix("SELECT") }
                let repeated = Dictionary(grouping: selects, by: { $0 }).filter { $0.value.count > 1 }.keys
                #expect(repeated.isEmpty, "\(uri) ran twice: \(repeated.joined(separator: " | "))")
                // The data version, the years with figures, the members' figures and their sources,
                // the published averages.
                #expect(selects.count <= 5, "\(uri): \(selects.count) queries: \(selects.joined(separator: " | "))")
            }
        }
    }
}
