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
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/JohnSundell/Ink", from: "0.6.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // Values and definitions; the definitions themselves live in Resources/ as data.
        .target(
            name: "KostraModel",
            resources: [.copy("Resources")],
            swiftSettings: strict
        ),
        // The store: SQLite through GRDB. No SQL outside this target.
        .target(
            name: "KostraStore",
            dependencies: ["KostraModel", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strict
        ),
        // Readers for files and formats (published-figure CSV, JSON-stat 2.0, Statbank CSV).
        // Pure parsing, no network: kept free of heavy dependencies so it can be fuzzed.
        .target(
            name: "KostraImport",
            dependencies: ["KostraModel"],
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
            dependencies: ["KostraModel", "KostraStore", "KostraImport", "KostraAnalysis", "KostraNarrative", "KostraRender"],
            resources: [.copy("Resources")],
            swiftSettings: strict
        ),
        // The thin command-line surface.
        .executableTarget(
            name: "kostra",
            dependencies: ["KostraKit", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: strict
        ),
        // The benchmark on synthetic national-scale data (scripts/bench; docs/performance.md).
        .executableTarget(
            name: "kostra-bench",
            dependencies: [
                "KostraKit", "KostraStore", "KostraImport", "KostraAnalysis", "KostraRender", "KostraModel",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict
        ),
        // Test helpers shared by the test targets.
        .target(
            name: "KostraTesting",
            dependencies: ["KostraKit"],
            path: "Tests/KostraTesting",
            swiftSettings: strict
        ),
        .testTarget(name: "KostraModelTests", dependencies: ["KostraModel", "KostraTesting"], swiftSettings: strict),
        .testTarget(name: "KostraStoreTests", dependencies: ["KostraStore", "KostraTesting"], swiftSettings: strict),
        .testTarget(name: "KostraImportTests", dependencies: ["KostraImport", "KostraTesting"], swiftSettings: strict),
        .testTarget(
            name: "KostraAnalysisTests",
            dependencies: ["KostraAnalysis", "KostraTesting", .product(name: "PropertyBased", package: "swift-property-based")],
            swiftSettings: strict
        ),
        .testTarget(name: "KostraNarrativeTests", dependencies: ["KostraNarrative", "KostraImport", "KostraTesting"], swiftSettings: strict),
        .testTarget(name: "KostraRenderTests", dependencies: ["KostraRender", "KostraTesting"], swiftSettings: strict),
        .testTarget(name: "KostraKitTests", dependencies: ["KostraKit", "KostraTesting"], swiftSettings: strict),
    ],
    swiftLanguageModes: [.v6]
)
