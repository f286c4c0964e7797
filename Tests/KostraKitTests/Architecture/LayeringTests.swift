import Foundation
import Testing

/// The layers' rule, checked on the source: the command line and the server reach the database
/// only through KostraKit's use cases, and the pure layers (analysis, narrative, render) do no I/O.
///
/// SwiftPM lets a target import any module built before it, whether or not Package.swift lists it,
/// so the imports themselves are what has to be checked.
@Suite("Layering")
struct LayeringTests {
    /// Modules each source target must not import, and why.
    static let forbidden: [(target: String, modules: Set<String>, why: String)] = [
        ("kostra", ["KostraStore", "GRDB", "PostgresNIO"], "the command line goes through KostraKit's use cases"),
        ("KostraServer", ["KostraStore", "GRDB", "PostgresNIO"], "the server goes through KostraKit's use cases"),
        ("KostraAnalysis", ["KostraStore", "KostraImport", "KostraFetch", "KostraKit"], "analysis is pure: values in, values out"),
        ("KostraNarrative", ["KostraStore", "KostraImport", "KostraFetch", "KostraKit"], "the commentary is pure"),
        ("KostraRender", ["KostraStore", "KostraImport", "KostraFetch", "KostraKit"], "rendering is pure"),
        ("KostraModel", ["KostraStore", "KostraImport", "KostraFetch", "KostraAnalysis", "KostraKit"], "the model depends on nothing of ours"),
        ("KostraImport", ["KostraStore", "KostraFetch", "KostraKit"], "readers parse bytes; storing is the use cases' job"),
        ("KostraFetch", ["KostraStore", "KostraImport", "KostraKit"], "the client returns bodies; decoding and storing are elsewhere"),
        // The server's tests seed and count through KostraTesting's `WorkspaceSeeding`, like a user through the use cases.
        (
            "Tests/KostraServerTests", ["KostraStore", "GRDB", "PostgresNIO"],
            "the server's tests reach the database through KostraKit and KostraTesting"
        ),
    ]

    static var root: URL {
        var dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while dir.path != "/", !FileManager.default.fileExists(atPath: dir.appendingPathComponent("Package.swift").path) {
            dir.deleteLastPathComponent()
        }
        return dir
    }

    /// A source target's folder, or a folder given from the package root (`Tests/…`).
    static func folder(_ target: String) -> URL {
        target.contains("/") ? root.appendingPathComponent(target) : root.appendingPathComponent("Sources").appendingPathComponent(target)
    }

    /// The modules a Swift file imports, whatever the access level or attribute in front of `import`.
    static func imports(of text: String) -> Set<String> {
        var modules: Set<String> = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard let index = words.firstIndex(of: "import"), index + 1 < words.count else { continue }
            let before = words[..<index]
            let allowed: Set<Substring> = ["public", "package", "internal", "private", "fileprivate", "@testable", "@_exported", "@preconcurrency"]
            guard before.allSatisfy({ allowed.contains($0) || $0.hasPrefix("@") }) else { continue }
            // `import struct Foundation.Date` names the module after the kind.
            var module = words[index + 1]
            if ["struct", "class", "enum", "protocol", "func", "var", "let", "typealias"].contains(module), index + 2 < words.count {
                module = words[index + 2]
            }
            modules.insert(String(module.split(separator: ".").first ?? module))
        }
        return modules
    }

    static func violations(in target: String, forbidden modules: Set<String>) throws -> [String] {
        let folder = folder(target)
        guard let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { return [] }
        var found: [String] = []
        for case let file as URL in files where file.pathExtension == "swift" {
            let used = imports(of: try String(contentsOf: file, encoding: .utf8)).intersection(modules)
            found += used.sorted().map { "\(target)/\(file.lastPathComponent) imports \($0)" }
        }
        return found.sorted()
    }

    @Test("No target imports a layer it must not reach", arguments: forbidden.map(\.target))
    func noForbiddenImport(target: String) throws {
        let rule = try #require(Self.forbidden.first { $0.target == target })
        #expect(FileManager.default.fileExists(atPath: Self.folder(target).path), "\(target) is gone")
        let found = try Self.violations(in: target, forbidden: rule.modules)
        #expect(found.isEmpty, "\(found.joined(separator: "; ")): \(rule.why)")
    }

    @Test("The import reader sees every spelling of an import, and only imports")
    func readsImports() {
        let text = """
            import Foundation
            public import KostraModel
            package import KostraStore
            @testable import KostraServer
            @preconcurrency internal import NIOCore
            import struct GRDB.Row
            // import KostraFetch
            let note = "import KostraImport"
            """
        #expect(Self.imports(of: text) == ["Foundation", "KostraModel", "KostraStore", "KostraServer", "NIOCore", "GRDB"])
    }
}
