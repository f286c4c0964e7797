import ArgumentParser
import Foundation

/// `kostra-bench`: KostraKit against the tools analysts use today, on SYNTHETIC national-scale data,
/// each measurement in its own process, each baseline measured in the same run.
@main
struct KostraBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kostra-bench",
        abstract: "Benchmark KostraKit on synthetic national-scale data against Python baselines run in the same session.",
        subcommands: [Run.self, Child.self], defaultSubcommand: Run.self)
}

struct Run: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Run every measurement and print the table (the default).")

    @Option(help: "Folder for the synthetic data and scratch stores.")
    var data = ".build-bench/data"

    @Option(help: "Runs per measurement (the median is reported).")
    var runs = 5

    @Option(help: "Runs of pyjstat, which takes about half a minute per run.")
    var pyjstatRuns = 1

    @Option(help: "Python with pysimdjson, orjson, pyjstat, pandas, polars and duckdb (scripts/bench makes one); baselines are skipped without it.")
    var python: String?

    @Option(help: "Measurements to run, comma-separated: decode,import,profile,render,pdf,load,fetch.")
    var only = "decode,import,profile,render,pdf,load,fetch"

    @Option(help: "Seconds of wrk load per route and engine in the server load run.")
    var loadSeconds = 10

    @Option(help: "Also write the table as Markdown to this file.")
    var markdown: String?

    func run() async throws {
        let selected = Set(only.split(separator: ",").map(String.init))
        try BenchData.prepare(in: data)
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../scripts/bench-baselines.py").standardizedFileURL.path
        let runner = ChildRunner(dataFolder: data, python: python, baselineScript: script)
        var table = ResultTable()
        if selected.contains("decode") { try table.decode(runner, runs: runs, pyjstatRuns: pyjstatRuns) }
        if selected.contains("import") { try table.importing(runner, runs: max(1, runs / 2)) }
        if selected.contains("profile") { try table.profile(runner, runs: runs) }
        // Every report's own median needs an odd number of runs to be one of its runs.
        if selected.contains("render") { try table.render(runner, runs: runs) }
        if selected.contains("pdf") { try table.pdf(runner, runs: 3) }
        if selected.contains("load") { try table.load(runner, seconds: loadSeconds) }
        if selected.contains("fetch") { try table.fetchRequests(runner, runs: max(1, runs / 2)) }
        let text = table.markdown(python: python != nil, steal: runner.steal)
        print(text)
        if let markdown { try text.write(toFile: markdown, atomically: true, encoding: .utf8) }
    }
}

struct Child: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run one measurement in this process and print its result as JSON (used by run).", shouldDisplay: false)

    @Argument(help: "decode, import, profile, render, pdf, load-sqlite, load-postgres, fetch-bundled, fetch-nation or fetch-nation-strict.")
    var measurement: String

    @Option var data = ".build-bench/data"
    @Option var runs = 5
    @Option var seconds = 10

    func run() async throws {
        let file = data + "/" + BenchData.jsonStatFile
        let result: ChildResult
        switch measurement {
        case "decode": result = try DecodeMeasurement.run(file: file, runs: runs)
        case "import": result = try await ImportMeasurement.run(file: file, folder: data, runs: runs)
        case "profile": result = try ProfileMeasurement.run(runs: runs)
        case "render": result = try await RenderMeasurement.run(folder: data, runs: runs)
        case "pdf": result = try PDFMeasurement.run(folder: data, runs: runs)
        case "load-sqlite": result = try await ServerLoadMeasurement.run(folder: data, engine: .sqlite, seconds: seconds)
        case "load-postgres": result = try await ServerLoadMeasurement.run(folder: data, engine: .postgres, seconds: seconds)
        case _ where measurement.hasPrefix("fetch-"):
            guard let scenario = FetchMeasurement.Scenario(rawValue: String(measurement.dropFirst("fetch-".count))) else {
                throw ValidationError("Unknown fetch scenario '\(measurement)'; use fetch-bundled, fetch-nation or fetch-nation-strict.")
            }
            result = try await FetchMeasurement.run(scenario, runs: runs)
        default:
            throw ValidationError(
                "Unknown measurement '\(measurement)'; use decode, import, profile, render, pdf, load-sqlite, load-postgres or fetch-SCENARIO.")
        }
        try result.printJSON()
    }
}
