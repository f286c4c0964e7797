import Foundation
import KostraFetch
import KostraKit
import KostraModel
import KostraStore
import KostraTesting
import Logging
import Synchronization

/// A national fetch of the whole catalogue against the local replay server (SSB's answer format;
/// made-up codes and values, see `SocialTablesReplay`): the data requests it makes against the
/// fewest SSB's cell limit allows, and the wall time it would take at SSB's published rate.
///
/// The replay answers at once, so the rate is what a real fetch waits for: the requests the
/// server received (config, metadata, data) are run through the client's own ``RequestThrottle``
/// at its default, SSB's published 30 requests per 60 s, on a simulated clock that advances by
/// the measured time per request; the wall time at the rate is where that clock ends.
enum FetchMeasurement {
    /// Which regions and which cell limit a run fetches with.
    enum Scenario: String, CaseIterable {
        /// Every municipality of the bundled registry, at SSB's `maxDataCells` (800 000).
        case bundled
        /// The benchmark's SYNTHETIC nation of 357 municipalities, at SSB's `maxDataCells`.
        case nation
        /// The SYNTHETIC nation behind a `/config` stating 20 000 cells (a test limit, not SSB's),
        /// so the packing has to cut tables into parts and the fetch passes 30 requests.
        case nationStrict = "nation-strict"

        var maxDataCells: Int { self == .nationStrict ? 20_000 : 800_000 }
    }

    static func run(_ scenario: Scenario, runs: Int) async throws -> ChildResult {
        let definitions: Definitions
        switch scenario {
        case .bundled: definitions = try Definitions.bundled()
        case .nation, .nationStrict: definitions = SyntheticNation(catalog: try Definitions.bundled().catalog).definitions
        }
        let recipes = try RecipeBook.bundled()
        let request = try NationalFetchReplay.request(definitions: definitions, recipes: recipes)
        var logger = Logger(label: "kostra-bench.fetch")
        logger.logLevel = .warning
        var seconds: [Double] = []
        var info: [String: Double] = [:]
        for _ in 0..<max(1, runs) {
            // A fresh server, cache and store each run, so every run sends every request.
            let server = try await SSBReplayServer.start(fixtureRoot: SSBReplayServer.bundledFixtures, logger: logger)
            let cache = FileManager.default.temporaryDirectory.appendingPathComponent("kostra-bench-fetch-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: cache) }
            let codes = NationalFetchReplay.regionCodes(definitions)
            let tableYears = (request.years.lowerBound)...(request.years.upperBound + 1)
            try await NationalFetchReplay.serve(
                on: server, population: NationalFetchReplay.madeUpPopulation(regionCodes: codes, years: tableYears),
                regionCodes: codes, maxDataCells: scenario.maxDataCells)
            let workspace = Workspace(definitions: definitions, store: try SQLiteStore.temporary())
            // The product's settings (POST for long selections, SSB's limits) with the replay's base;
            // no throttle here: its waits are simulated below at the published rate.
            var configuration = Imports.fetchConfiguration(for: request)
            configuration.apiBase = server.pxwebBase
            configuration.cacheDirectory = cache
            configuration.throttle = .unlimited
            let (report, time) = try await timedAsync { try await workspace.imports.fetch(request, configuration: configuration) }
            let tally = NationalFetchReplay.Tally(await server.requests(), maxDataCells: scenario.maxDataCells)
            await server.stop()
            seconds.append(time)
            let atRate = try await wallTimeAtPublishedRate(requests: tally.total, seconds: time)
            info = [
                "dataRequests": Double(tally.data), "minimumRequests": Double(tally.minimumData), "posts": Double(tally.posts),
                "metadataRequests": Double(tally.metadata), "configRequests": Double(tally.config),
                "totalRequests": Double(tally.total), "reportedMinimum": Double(report.minimumRequests),
                "tables": Double(report.tables.count), "regions": Double(report.regions.count),
                "cells": Double(report.tables.reduce(0) { $0 + $1.cells }), "stored": Double(report.summary.stored),
                "firstYear": Double(request.years.lowerBound), "lastYear": Double(request.years.upperBound),
                "maxDataCells": Double(scenario.maxDataCells), "secondsAtRate": atRate,
                "publishedLimit": Double(RequestThrottle.Configuration().limit),
                "publishedWindow": Double(RequestThrottle.Configuration().window.components.seconds),
            ]
        }
        return ChildResult(seconds: seconds, peakKB: ChildResult.peakKilobytes(), info: info)
    }

    /// The seconds `requests` requests take through a ``RequestThrottle`` at its default (SSB's
    /// published 30 per 60 s) when each takes `seconds / requests` to answer.
    static func wallTimeAtPublishedRate(requests: Int, seconds: Double) async throws -> Double {
        let clock = SimulatedClock()
        let throttle = RequestThrottle(RequestThrottle.Configuration(), clock: clock)
        let perRequest = Duration.seconds(seconds / Double(max(requests, 1)))
        for _ in 0..<requests {
            try await throttle.acquire()
            clock.advance(perRequest)
        }
        let elapsed = clock.now().components
        return Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18
    }
}

/// A clock whose time moves only when slept on or advanced, so the throttle's waits are counted, not waited.
private final class SimulatedClock: FetchClock {
    private let elapsed = Mutex(Duration.zero)

    func now() -> Duration { elapsed.withLock { $0 } }
    func date() -> Date { Date(timeIntervalSince1970: 0).addingTimeInterval(Double(now().components.seconds)) }
    func sleep(for duration: Duration) async throws { advance(duration) }
    func advance(_ duration: Duration) { elapsed.withLock { $0 += duration } }
}

extension ResultTable {
    /// The national fetch's request count against the minimum, and its time at SSB's rate, one row per scenario.
    mutating func fetchRequests(_ runner: ChildRunner, runs: Int) throws {
        // Norwegian figures with a no-break space between thousands, as in everything a person reads.
        let norwegian = NorwegianNumberFormat(groupingSeparator: "\u{00A0}", minusSign: "-")
        func number(_ value: Double?, _ decimals: Int = 0) -> String { norwegian.number(value ?? .nan, decimals: decimals) }
        var years = ""
        for scenario in FetchMeasurement.Scenario.allCases {
            let child = try runner.swift("fetch-\(scenario.rawValue)", runs: runs)
            let info = child.info
            let data = info["dataRequests"] ?? 0
            let minimum = info["minimumRequests"] ?? 0
            let ratio = data / max(minimum, 1)
            years = "\(Int(info["firstYear"] ?? 0))–\(Int(info["lastYear"] ?? 0))"
            let regions = "\(number(info["regions"])) \(scenario == .bundled ? "regions of the bundled registry" : "SYNTHETIC regions")"
            let limit = "\(scenario == .nationStrict ? "test limit" : "SSB's limit") \(number(info["maxDataCells"])) cells"
            rows.append(
                Row(
                    measurement: "National fetch, whole catalogue, \(regions), \(limit)",
                    kostra:
                        "\(number(data)) data requests (\(number(info["posts"])) POST) + \(number(info["metadataRequests"])) metadata + "
                        + "\(number(info["configRequests"])) config; \(number(child.median, 2)) s locally, "
                        + "\(number(info["secondsAtRate"], 1)) s at \(number(info["publishedLimit"])) per \(number(info["publishedWindow"])) s",
                    baseline: "minimum \(number(minimum)) (\(number(info["cells"])) cells in \(number(info["tables"])) tables)",
                    ratio: "\(number(ratio, 2))× minimum", target: "≤ 1,2× minimum", verdict: Self.verdict(data <= 1.2 * minimum)))
        }
        notes.append(
            "National fetch: the whole catalogue for \(years) against the local replay server (SSB's answer format; made-up codes and values), "
                + "a fresh cache and store each run; minimum = Σ over tables of max(1, ceil(cells / maxDataCells)), cells counted from the requests "
                + "the server received; the time at SSB's published rate runs the server's requests through RequestThrottle's default "
                + "(30 per 60 s) on a simulated clock, each taking the measured time per request.")
    }
}
