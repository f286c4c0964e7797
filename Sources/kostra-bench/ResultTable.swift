import Foundation

/// The benchmark's table: each KostraKit figure next to its baseline from the same run, the ratio,
/// the target from issue 12 and whether it is met.
struct ResultTable {
    struct Row {
        var measurement: String
        var kostra: String
        var baseline: String
        var ratio: String
        var target: String
        var verdict: String
    }

    /// Each row is also printed to standard error as soon as it is measured, so a long run shows progress.
    var rows: [Row] = [] {
        didSet {
            if let row = rows.last, rows.count > oldValue.count {
                FileHandle.standardError.write(Data("  → \(row.measurement): \(row.kostra) | \(row.baseline) | \(row.ratio) \(row.verdict)\n".utf8))
            }
        }
    }
    var notes: [String] = []

    static func f(_ value: Double, _ digits: Int = 2) -> String { String(format: "%.\(digits)f", value) }
    static func mb(_ kilobytes: Int) -> String { "\(kilobytes / 1024) MB" }
    static func verdict(_ pass: Bool) -> String { pass ? "PASS" : "FALLS SHORT" }

    mutating func decode(_ runner: ChildRunner, runs: Int, pyjstatRuns: Int) throws {
        let swift = try runner.swift("decode", runs: runs)
        let bytes = swift.info["bytes"] ?? 0
        let cells = swift.info["cells"] ?? 0
        let t = swift.median
        let ours = "\(Self.f(t, 3)) s, \(Self.f(bytes / t / 1e6, 0)) MB/s, \(Self.f(cells / t / 1e6, 1)) M cells/s, peak \(Self.mb(swift.peakKB))"
        notes.append(
            "Decode input: SYNTHETIC JSON-stat, \(Self.f(bytes / 1e6, 1)) MB, \(Int(cells)) cells (\(Int(swift.info["values"] ?? 0)) with a value).")
        for (name, label, target, runsHere) in [
            ("simdjson", "pysimdjson parse + values", 1.0, runs), ("orjson", "orjson parse", 0.0, runs),
            ("pyjstat", "pyjstat → DataFrame", 50.0, pyjstatRuns),
        ] {
            guard let base = try runner.python(name, runs: runsHere) else {
                rows.append(Row(measurement: "Decode vs \(label)", kostra: ours, baseline: "not run", ratio: "", target: "", verdict: ""))
                continue
            }
            let ratio = base.median / t
            rows.append(
                Row(
                    measurement: "Decode vs \(label)", kostra: ours,
                    baseline: "\(Self.f(base.median, 3)) s, peak \(Self.mb(base.peakKB))\(runsHere == 1 ? " (1 run)" : "")",
                    ratio: "\(Self.f(ratio))×", target: target > 0 ? "≥ \(Self.f(target, 0))×" : "(reference)",
                    verdict: target > 0 ? Self.verdict(ratio >= target) : ""))
        }
    }

    mutating func importing(_ runner: ChildRunner, runs: Int) throws {
        let swift = try runner.swiftEach("import", runs: runs)
        let rowsStored = swift.info["rows"] ?? 0
        let bytes = swift.info["bytes"] ?? 1
        let t = swift.median
        let ours = "\(Self.f(t, 2)) s, \(Self.f(rowsStored / t / 1e6, 2)) M rows/s, store \(Self.f((swift.info["storeBytes"] ?? 0) / 1e6, 0)) MB"
        let peakRatio = Double(swift.peakKB) * 1024 / bytes
        rows.append(
            Row(
                measurement: "Peak memory, decode + import", kostra: Self.mb(swift.peakKB),
                baseline: "file \(Self.f(bytes / 1e6, 1)) MB", ratio: "\(Self.f(peakRatio))× file", target: "< 4× file",
                verdict: Self.verdict(peakRatio < 4)))
        guard let base = try runner.python("sqlite", runs: runs) else {
            rows.append(Row(measurement: "Import into SQLite", kostra: ours, baseline: "not run", ratio: "", target: "", verdict: ""))
            return
        }
        let ratio = base.median / t
        rows.append(
            Row(
                measurement: "Import into SQLite (\(Int(rowsStored)) rows)", kostra: ours,
                baseline: "executemany \(Self.f(base.median, 2)) s, \(Self.f((base.info["rows"] ?? 0) / base.median / 1e6, 2)) M rows/s",
                ratio: "\(Self.f(ratio))×", target: "≥ 3×", verdict: Self.verdict(ratio >= 3)))
    }

    mutating func profile(_ runner: ChildRunner, runs: Int) throws {
        let swift = try runner.swift("profile", runs: runs)
        let t = swift.median
        let ours = "\(Int(swift.info["profiles"] ?? 0)) profiles, \(Self.f(t * 1000, 0)) ms, peak \(Self.mb(swift.peakKB))"
        notes.append(
            "Profiles: SYNTHETIC nation, \(Int(swift.info["observations"] ?? 0)) figures (357 municipalities × the catalogue × 10 years), each municipality against its network of about 12, every year; \(Int(swift.info["rows"] ?? 0)) profile rows."
        )
        // The three engines' tables are first compared with each other (the script exits non-zero,
        // naming the row, when they differ), so every ratio below is against the same computation.
        guard let check = try runner.python("profile-check", runs: 1) else {
            rows.append(Row(measurement: "National profile", kostra: ours, baseline: "not run", ratio: "", target: "", verdict: ""))
            return
        }
        notes.append(
            "Profile baselines: pandas, polars and DuckDB computed the same \(Int(check.info["rows"] ?? 0)) rows and agreed on every figure, holder list and judgement."
        )
        for (name, label, target) in [("pandas", "pandas", 10.0), ("polars", "polars", 1.0), ("duckdb", "DuckDB", 1.0)] {
            guard let base = try runner.python(name, runs: runs) else { continue }
            let ratio = base.median / t
            let memory = target == 1.0 ? swift.peakKB <= base.peakKB : true
            rows.append(
                Row(
                    measurement: "National profile vs \(label) (all municipalities × years)", kostra: ours,
                    baseline: "\(label) \(Self.f(base.median * 1000, 0)) ms, peak \(Self.mb(base.peakKB)), \(Int(base.info["rows"] ?? 0)) rows",
                    ratio: "\(Self.f(ratio))×", target: target == 1.0 ? "≥ 1× and peak ≤ \(label)'s" : "≥ \(Self.f(target, 0))×",
                    verdict: Self.verdict(ratio >= target && memory)))
        }
    }

    mutating func render(_ runner: ChildRunner, runs: Int) throws {
        let swift = try runner.swift("render", runs: runs)
        let maximum = swift.info["maxReport"] ?? .nan
        let steal = swift.info["stealShare"].map { "; CPU steal \(Int(($0 * 100).rounded())) %" } ?? ""
        rows.append(
            Row(
                measurement: "HTML report, each of \(Int(swift.info["reports"] ?? 0)) (its median of \(runs) runs)",
                kostra:
                    "median \(Self.f((swift.info["medianReport"] ?? 0) * 1000, 1)) ms, p99 \(Self.f((swift.info["p99Report"] ?? 0) * 1000, 1)) ms, max \(Self.f(maximum * 1000, 1)) ms; all \(Self.f(swift.median, 2)) s\(steal)",
                baseline: "", ratio: "", target: "< 20 ms each", verdict: Self.verdict(maximum < 0.020)))
    }

    mutating func pdf(_ runner: ChildRunner, runs: Int) throws {
        do {
            let swift = try runner.swift("pdf", runs: runs)
            rows.append(
                Row(
                    measurement: "PDF of one report (chromium --print-to-pdf)",
                    kostra:
                        "\(Self.f(swift.median, 2)) s, \(Self.f((swift.info["pdfBytes"] ?? 0) / 1e3, 0)) kB, Chromium peak \((Int(swift.info["chromiumPeakKB"] ?? 0)) / 1024) MB",
                    baseline: "", ratio: "", target: "(reference)", verdict: ""))
        } catch {
            notes.append("PDF not measured: \(error)")
        }
    }

    /// The profile API and page under load over each engine, each against the hello-world route
    /// measured in the same process just before.
    mutating func load(_ runner: ChildRunner, seconds: Int) throws {
        var engines = [("sqlite", "SQLite")]
        if ServerLoadMeasurement.postgresURL != nil {
            engines.append(("postgres", "PostgreSQL"))
        } else {
            notes.append("Server load over PostgreSQL not measured: no server (scripts/bench starts one with scripts/with-postgres).")
        }
        func text(_ result: LoadResult) -> String {
            "\(Self.f(result.requestsPerSecond, 0)) req/s, p50 \(Self.f(result.p50 * 1000, 1)) ms, p99 \(Self.f(result.p99 * 1000, 1)) ms"
                + (result.errors > 0 ? ", \(result.errors) errors" : "")
        }
        for (engine, name) in engines {
            let child = try runner.swift("load-\(engine)", runs: 1, arguments: ["--seconds", String(seconds)])
            guard let hello = LoadResult(child.info, "hello") else { throw BenchError.child("load-\(engine) reported no wrk figures") }
            let municipalities = child.info["municipalities"] ?? 0
            for (label, key) in [("Profile API", "api"), ("Profile page", "page")] {
                guard let seconds = child.info[key + "FirstSeconds"] else { continue }
                rows.append(
                    Row(
                        measurement: "\(label), first answers (computed from the store), \(name)",
                        kostra: "\(Int(municipalities)) in \(Self.f(seconds, 2)) s, \(Self.f(municipalities / seconds, 0)) req/s (curl, 4 at a time)",
                        baseline: "", ratio: "", target: "(reference)", verdict: ""))
            }
            for (label, key, share, shareText) in [("Profile API", "api", 0.5, "½"), ("Profile page", "page", 1.0 / 3, "⅓")] {
                // The ratio is the median of the rounds' ratios, each against the hello world just before it.
                guard let result = LoadResult(child.info, key), let ratio = child.info[key + "Ratio"] else {
                    throw BenchError.child("load-\(engine) reported no wrk figures for \(key)")
                }
                let latencyOK = key == "api" ? result.p99 < 0.010 : true
                rows.append(
                    Row(
                        measurement: "\(label) under load, \(name)", kostra: text(result),
                        baseline: "hello world \(text(hello))", ratio: "\(Self.f(ratio))× throughput",
                        target: "≥ \(shareText)×" + (key == "api" ? ", p99 < 10 ms" : ""),
                        verdict: Self.verdict(ratio >= share && latencyOK && result.errors == 0)))
            }
        }
        notes.append(
            "Server load: wrk, 1 thread, 16 connections, 127.0.0.1 only, on the same cores as the server; after a 2 s warm-up, hello world, API and page take turns in \(ServerLoadMeasurement.loadRounds) rounds of \(ServerLoadMeasurement.roundSeconds(for: seconds)) s; "
                + "req/s, p50 and p99 are the medians of the rounds, and the ratio is the median of the rounds' ratios to the hello world measured just before; "
                + "requests go round all 357 SYNTHETIC municipalities' profiles for the last year, each asked for once before (the 'first answers' rows), "
                + "so the load meets answers kept per address and store revision, with the revision checked on every request (SQLite: the file header's change counter; PostgreSQL: kept until a change notification); "
                + "request logs at warning level.")
    }

    func markdown(python: Bool, steal: StealLog? = nil) -> String {
        var lines = [
            "KostraKit benchmark on SYNTHETIC data (medians; each measurement in its own process; baselines measured in the same run)",
            "",
            "| Measurement | KostraKit | Baseline (same run) | Ratio | Target | Result |",
            "|---|---|---|---|---|---|",
        ]
        for row in rows {
            lines.append("| \(row.measurement) | \(row.kostra) | \(row.baseline) | \(row.ratio) | \(row.target) | \(row.verdict) |")
        }
        lines.append("")
        lines += (notes + [steal?.note].compactMap { $0 }).map { "- \($0)" }
        if !python { lines.append("- Python baselines not run: pass --python (scripts/bench sets up a venv).") }
        return lines.joined(separator: "\n")
    }
}
