import HTTPTypes
import Testing

@testable import KostraServer

@Suite("Methods by path")
struct RouteMethodsTests {
    /// The server's kinds of route: the root, literal paths, captured segments, one literal beside
    /// a captured route of the same length, and a path with two methods.
    static let table = RouteMethods([
        ("/", .get), ("/profil", .get), ("/profil.csv", .get), ("/indikator/:id", .get), ("/indikator/:id/tabell.csv", .get),
        ("/indikator/alle", .post), ("/api/v1/profile", .get), ("/api/v1/import", .post), ("/api/v1/import", .get),
        ("/api/v1/{name}", .delete),
    ])

    @Test(
        "The lookup of literal paths answers as the segment-by-segment scan",
        arguments: [
            "/", "", "//", "/profil", "/profil/", "//profil", "/profil.csv", "/indikator/x", "/indikator/alle", "/indikator/alle/",
            "/indikator/alle/tabell.csv", "/indikator", "/api/v1/profile", "/api/v1//profile", "/api/v1/import", "/api/v1/ranks",
            "/api/v1", "/nowhere", "/api/v1/profile/x",
        ])
    func agreesWithScan(path: String) {
        #expect(Self.table.methods(for: path) == Self.table.scannedMethods(for: path))
    }

    @Test("A literal route wins over a captured one, and a path's methods are merged")
    func examples() {
        #expect(Self.table.methods(for: "/indikator/alle") == [.post])
        #expect(Self.table.methods(for: "/indikator/x") == [.get])
        #expect(Self.table.methods(for: "/api/v1/import") == [.get, .post])
        #expect(Self.table.methods(for: "/api/v1/ranks") == [.delete])
        #expect(Self.table.methods(for: "/nowhere") == nil)
    }
}
