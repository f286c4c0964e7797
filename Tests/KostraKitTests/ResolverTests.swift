import KostraKit
import KostraModel
import Testing

/// One resolver for what a user typed, with one error for each kind of mistake.
@Suite("Resolver")
struct ResolverTests {
    let resolver: Resolver

    init() throws {
        resolver = Resolver(definitions: try Definitions.bundled())
    }

    @Test("Any name or code a municipality has had finds it: Bærum, 0219, 3024, 3201")
    func namesAndCodes() throws {
        for text in ["Bærum", "baerum", "0219", "3024", "3201"] {
            #expect(try resolver.municipality(text).id == "baerum", "\(text)")
        }
    }

    @Test("An unknown name is 'unknown region' with close matches; the country is 'not a municipality'")
    func mistakes() throws {
        #expect {
            _ = try resolver.municipality("Bærumm")
        } throws: { error in
            guard case ModelError.unknownRegion(_, let suggestions) = error else { return false }
            return suggestions.contains("Bærum")
        }
        #expect(throws: KitError.notAMunicipality(name: "Landet")) { _ = try resolver.municipality("Landet") }
    }

    @Test("A region an edge resolved is used as it is, not looked up again; a non-municipality is still refused")
    func resolvedRegion() throws {
        // Not in the bundled registry: a lookup would fail, so passing through proves there was none.
        let unlisted = Region(id: "unlisted", kind: .municipality, name: "Unlisted", codes: [])
        #expect(try resolver.municipality(unlisted) == unlisted)
        let country = try Definitions.bundled().regions.find("Landet")
        #expect(throws: KitError.notAMunicipality(name: "Landet")) { _ = try resolver.municipality(country) }
    }

    @Test("Peers: in order, without the compared municipality and without repeats")
    func peers() throws {
        let baerum = try resolver.municipality("Bærum")
        #expect(try resolver.peers(["Asker", "3201", "asker", "Drammen"], excluding: baerum).map(\.id) == ["asker", "drammen"])
    }
}
