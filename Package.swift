// swift-tools-version: 6.1
import PackageDescription

/// Settings shared by every target: Swift 6 language mode plus the upcoming
/// features the style guide asks for (explicit `any`, imports that do not leak).
let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "KostraKit",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "kostra", targets: ["kostra"]),
        .library(name: "KostraKit", targets: ["KostraKit"]),
        .library(name: "KostraServer", targets: ["KostraServer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/JohnSundell/Ink", from: "0.6.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        // The SSB client (KostraFetch), the server (KostraServer) and the tests' replay server.
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        // Already in the graph through AsyncHTTPClient and Hummingbird; named because their public
        // API exposes NIO and HTTPTypes types and MemberImportVisibility wants explicit imports,
        // and the replay server stops through ServiceLifecycle's graceful shutdown.
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        // Values and definitions; the definitions themselves live in Resources/ as data.
        .target(
            name: "KostraModel",
            resources: [.copy("Resources")],
            swiftSettings: strict
        ),
        // The store: SQLite through GRDB, PostgreSQL through PostgresNIO. No SQL outside this target.
        .target(
            name: "KostraStore",
            dependencies: [
                "KostraModel", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                // The caller's logger, for PostgreSQL's pool and queries.
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        // Readers for files and formats (published-figure CSV, JSON-stat 2.0, Statbank CSV, NAV).
        // Pure parsing, no network: kept free of heavy dependencies so it can be fuzzed.
        .target(
            name: "KostraImport",
            dependencies: ["KostraModel"],
            swiftSettings: strict
        ),
        // The SSB client: PxWebApi v2 and KLASS over HTTP, with throttle, retry and an on-disk cache.
        // Returns raw bodies; decoding stays in KostraImport so that stays free of network deps.
        .target(
            name: "KostraFetch",
            dependencies: [
                // Only for the failure vocabulary (ClassifiedError) every layer's errors share.
                "KostraModel",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            swiftSettings: strict
        ),
        // Pure computations: values in, values out.
        .target(
            name: "KostraAnalysis",
            dependencies: ["KostraModel"],
            swiftSettings: strict
        ),
        // Norwegian commentary drafted from analysis results; thresholds live in Resources/.
        .target(
            name: "KostraNarrative",
            dependencies: ["KostraModel", "KostraAnalysis"],
            resources: [.copy("Resources")],
            swiftSettings: strict
        ),
        // Charts (SVG), HTML, Word, Excel, CSV and JSON output.
        .target(
            name: "KostraRender",
            dependencies: [
                "KostraModel", "KostraAnalysis", "KostraNarrative",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Ink", package: "Ink"),
                // Word and Excel files are ZIP archives of XML parts.
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            resources: [.copy("Templates")],
            swiftSettings: strict
        ),
        // Use cases: the one place that joins I/O (store, import) and the pure layers.
        .target(
            name: "KostraKit",
            dependencies: [
                "KostraModel", "KostraStore", "KostraImport", "KostraAnalysis", "KostraNarrative", "KostraRender",
                "KostraFetch", .product(name: "Logging", package: "swift-log"),
                // Unpacks NAV's .xlsx workbooks for KostraImport's reader (already used by KostraRender).
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            resources: [.copy("Resources")],
            swiftSettings: strict
        ),
        // The web dashboard and JSON API (`kostra serve`): stateless over one Workspace per process.
        .target(
            name: "KostraServer",
            dependencies: [
                "KostraKit", "KostraModel", "KostraImport", "KostraAnalysis", "KostraNarrative", "KostraRender",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            resources: [.copy("Resources")],
            swiftSettings: strict
        ),
        // The thin command-line surface.
        .executableTarget(
            name: "kostra",
            dependencies: [
                "KostraKit", "KostraServer", "KostraModel", .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        // The benchmark on synthetic national-scale data (scripts/bench; docs/performance.md).
        .executableTarget(
            name: "kostra-bench",
            dependencies: [
                "KostraKit", "KostraStore", "KostraImport", "KostraAnalysis", "KostraRender", "KostraModel", "KostraServer",
                // The SSB replay server (FetchMeasurement's request count) and the synthetic nation,
                // both shared with the tests.
                "KostraTesting", "KostraFetch",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        // Test helpers shared by the test targets, including the SSB replay server (Hummingbird).
        .target(
            name: "KostraTesting",
            dependencies: [
                "KostraKit",
                "KostraStore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                // Builds small .xlsx workbooks in NAV's layout for the import tests.
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            path: "Tests/KostraTesting",
            // Fixture files are read from the checkout by path (like SharedFixtures), not bundled.
            exclude: ["Fixtures"],
            swiftSettings: strict
        ),
        .testTarget(name: "KostraModelTests", dependencies: ["KostraModel", "KostraTesting"], swiftSettings: strict),
        .testTarget(name: "KostraStoreTests", dependencies: ["KostraStore", "KostraTesting"], swiftSettings: strict),
        .testTarget(name: "KostraImportTests", dependencies: ["KostraImport", "KostraTesting"], swiftSettings: strict),
        .testTarget(
            name: "KostraAnalysisTests",
            dependencies: ["KostraAnalysis", "KostraImport", "KostraTesting", .product(name: "PropertyBased", package: "swift-property-based")],
            swiftSettings: strict
        ),
        .testTarget(name: "KostraNarrativeTests", dependencies: ["KostraNarrative", "KostraImport", "KostraTesting"], swiftSettings: strict),
        .testTarget(name: "KostraRenderTests", dependencies: ["KostraRender", "KostraTesting"], swiftSettings: strict),
        .testTarget(name: "KostraKitTests", dependencies: ["KostraKit", "KostraTesting"], swiftSettings: strict),
        .testTarget(
            name: "KostraServerTests",
            dependencies: [
                "KostraServer", "KostraTesting", "KostraModel", "KostraStore",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "KostraFetchTests",
            dependencies: [
                "KostraFetch", "KostraKit", "KostraTesting",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
    ],
    swiftLanguageModes: [.v6]
)
