import Foundation
import KostraStore
import KostraTesting
import Testing

/// Which engine a `--database` value names, and where a PostgreSQL password may come from.
@Suite("Database location")
struct DatabaseLocationTests {
    /// A home folder of the test's own, removed when the tests end.
    let home: URL

    init() throws {
        home = try TestScratch.newFolder(prefix: "kostra-home")
    }

    @Test("A path means SQLite; postgres:// and postgresql:// mean PostgreSQL, with libpq's defaults")
    func engines() throws {
        #expect(try DatabaseLocation.parse("data/k.sqlite", environment: [:]) == .sqlite(path: "data/k.sqlite"))
        // An absolute path nobody has made (a fixed one like /tmp/x may be a folder on a shared machine).
        let absolute = home.appendingPathComponent("k.sqlite").path
        #expect(try DatabaseLocation.parse(absolute, environment: [:]) == .sqlite(path: absolute))
        guard
            case .postgres(let full) = try DatabaseLocation.parse(
                "postgres://ana@db.example:6543/kostra?pool_size=7&sslmode=require", environment: [:])
        else {
            Issue.record("not PostgreSQL")
            return
        }
        #expect(full.host == "db.example" && full.port == 6543 && full.user == "ana" && full.database == "kostra")
        #expect(full.poolSize == 7 && full.tls == .require && full.displayURL == "postgres://ana@db.example:6543/kostra")
        guard case .postgres(let short) = try DatabaseLocation.parse("postgresql://db.example", environment: ["USER": "bo"]) else {
            Issue.record("not PostgreSQL")
            return
        }
        #expect(short.port == 5432 && short.user == "bo" && short.database == "bo" && short.poolSize == 10 && short.tls == .prefer)
    }

    @Test("A password in the URL is refused, masked, with where to put it instead")
    func passwordInURL() throws {
        do {
            _ = try DatabaseLocation.parse("postgres://ana:hemmelig@db.example/kostra", environment: [:])
            Issue.record("accepted a password in the URL")
        } catch {
            let message = error.errorDescription ?? ""
            #expect(!message.contains("hemmelig"))
            #expect(message.contains("postgres://ana:***@db.example/kostra contains a password"))
            #expect(message.contains("PGPASSWORD or in ~/.pgpass"))
        }
    }

    @Test(
        "Neither a path nor a PostgreSQL URL: one clear message",
        arguments: [
            ("mysql://x", "'mysql://' is not a database KostraKit can use"),
            ("http://example.org/db", "'http://' is not a database KostraKit can use"),
            ("", "it is empty"),
            ("postgres:///kostra", "it names no server"),
            ("postgres://a@h/k?timeout=3", "the option 'timeout' is unknown"),
            ("postgres://a@h/k?pool_size=0", "pool_size must be a whole number"),
            ("some/folder/", "it ends in '/'"),
        ])
    func unsupported(value: String, reason: String) throws {
        #expect {
            _ = try DatabaseLocation.parse(value, environment: [:])
        } throws: { error in
            let message = (error as? StoreError)?.errorDescription ?? ""
            return message.contains(reason) && message.contains("Give a SQLite file path") && message.contains("Nothing was written")
        }
    }

    @Test("An existing folder is not taken for a database file")
    func folder() throws {
        let folder = FileManager.default.temporaryDirectory.path
        #expect(throws: StoreError.unsupportedLocation(value: folder, reason: "it is a folder, not a database file")) {
            try DatabaseLocation.parse(folder, environment: [:])
        }
    }

    func pgpass(_ text: String, mode: Int = 0o600) throws -> String {
        let path = home.appendingPathComponent(".pgpass").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: path)
        return path
    }

    @Test("The password comes from PGPASSWORD first, then the first matching .pgpass line")
    func passwordSources() throws {
        _ = try pgpass(
            """
            # comment
            other:5432:*:ana:wrong-host
            db.example:5432:kostra:ana:fra\\:fil
            *:*:*:*:catch-all
            """)
        let url = "postgres://ana@db.example/kostra"
        let fromFile = try PostgresLocation(url: url, environment: ["HOME": home.path])
        #expect(fromFile.password == "fra:fil")
        let wildcard = try PostgresLocation(url: "postgres://bo@elsewhere:1/x", environment: ["HOME": home.path])
        #expect(wildcard.password == "catch-all")
        let fromEnvironment = try PostgresLocation(url: url, environment: ["HOME": home.path, "PGPASSWORD": "env"])
        #expect(fromEnvironment.password == "env" && fromEnvironment.passwordSource == "PGPASSWORD")
        let other = try PostgresLocation(url: url, environment: ["PGPASSFILE": "/nonexistent/pgpass"])
        #expect(other.password == nil && other.passwordSource.contains("no readable password file at /nonexistent/pgpass"))
    }

    @Test("A .pgpass others can read is ignored, as libpq does, and the reason is kept for the message")
    func openPasswordFile() throws {
        let path = try pgpass("*:*:*:*:secret\n", mode: 0o644)
        let location = try PostgresLocation(url: "postgres://ana@db.example/kostra", environment: ["HOME": home.path])
        #expect(location.password == nil)
        #expect(location.passwordSource.contains("\(path) was ignored because others can read it (run chmod 600"))
    }
}
