import Foundation
import HTTPTypes
import HummingbirdTesting
import KostraAnalysis
import KostraFetch
import KostraImport
import KostraKit
import KostraModel
import KostraRender
import KostraTesting
import Testing

@testable import KostraServer

/// Every module's errors reach the client as a 4xx, 502 or 503 with their own message; only a
/// fault of the installation is a 500 (whose detail goes to the log).
@Suite("Failure mapping")
struct FailureMappingTests {
    /// One error of every kind a user's request or data can cause, from every module that throws.
    static let userCaused: [any Error] = [
        ModelError.unknownRegion("Bærumm", suggestions: ["Bærum"]),
        ModelError.unknownIndicator("payout", suggestions: []),
        ModelError.unknownNetwork("assss", known: ["asss"]),
        KitError.notAMunicipality(name: "Landet"), KitError.noPeers(municipality: "Bærum"),
        KitError.unknownGroup("99", known: ["12"]), KitError.noFigures(municipality: "Tromsø"),
        KitError.missingInputs(analysis: "Effektivitet", missing: ["x"]), KitError.chromiumMissing(searched: "chromium"),
        ReviewError.yearsOutOfOrder(from: 2019, to: 2015),
        ReviewError.noFigures(indicator: "x", region: "Bærum"), ReviewError.unknownPeerVariable(name: "x", known: ["y"]),
        AnalysisError.noData(municipality: "Bærum", year: 1999, availableYears: [2024]),
        AnalysisError.zeroDenominator(indicator: "x", region: "Bærum", year: 2024),
        DecompositionError.missingYear(region: "Bærum", year: 2015, availableYears: [2019]),
        PeerError.noVariables, RatioError.zeroDenominator(region: "Bærum", label: "AAP"),
        ResourceUseError.negativeSpending(region: "Bærum", value: -1),
        EfficiencyError.negativeProduction(region: "Bærum", value: -1),
        AdjustmentError.missingDeflatorYear(indexName: "kpi", year: 1990, availableYears: [2024]),
        ImportError.empty(file: "a.csv"), JSONStatError.emptyInput(origin: "a.json"),
        NotesError.unknownIndicator(file: "n.md", line: 3, id: "x"),
        StoreFailures.busy(path: "k.sqlite"), StoreFailures.readOnly(path: "k.sqlite"),
        StoreFailures.invalidFigure(path: "k.sqlite", reason: "infinite"),
        FetchError.httpStatus(url: "https://data.ssb.no/api/pxwebapi/v2/tables/1", status: 429, title: nil, attempts: 3),
        FetchRunError.nothingToFetch("no indicator"), RecipeFileError.badPin("x"),
    ]

    @Test("Each user-caused error answers 4xx, 502 or 503 with its message, parameter and suggestions")
    func userCausedErrors() throws {
        for error in Self.userCaused {
            let failure = try #require(FailureMapping.failure(for: error), "\(error) would answer 500")
            #expect((400..<500).contains(failure.status.code) || [502, 503].contains(failure.status.code), "\(error): \(failure.status)")
            let classified = try #require(error as? any ClassifiedError)
            #expect(failure.suggestions == classified.suggestions)
            #expect(!failure.message.isEmpty)
            // The message is the error's own (the API's spelling of an option aside), never a generic one.
            let firstWords = error.localizedDescription.prefix(12)
            #expect(failure.message.hasPrefix(firstWords) || error is ModelError, "\(failure.message)")
        }
    }

    @Test("A busy database answers 503 with Retry-After; a read-only one 503 without a time")
    func unavailable() throws {
        let busy = try #require(FailureMapping.failure(for: StoreFailures.busy(path: "k.sqlite")))
        #expect(busy.status == .serviceUnavailable && busy.retryAfterSeconds == 5)
        let readOnly = try #require(FailureMapping.failure(for: StoreFailures.readOnly(path: "k.sqlite")))
        #expect(readOnly.status == .serviceUnavailable && readOnly.retryAfterSeconds == nil)
    }

    @Test("Statuses by kind: 404, 400, 422, 503, 502; the program's own faults are left to the 500 handler")
    func statusesByKind() {
        #expect(FailureMapping.answer(for: .notFound)?.0 == .notFound)
        #expect(FailureMapping.answer(for: .invalidInput)?.0 == .badRequest)
        #expect(FailureMapping.answer(for: .cannotCompute)?.0 == .unprocessableContent)
        #expect(FailureMapping.answer(for: .unavailable(retryAfterSeconds: 1))?.0 == .serviceUnavailable)
        #expect(FailureMapping.answer(for: .upstream)?.0 == .badGateway)
        #expect(FailureMapping.answer(for: .internalFailure) == nil)
        #expect(FailureMapping.failure(for: KitError.damagedInstallation("report.css is missing")) == nil)
        #expect(FailureMapping.failure(for: RenderError.missingTemplate("report.mustache")) == nil)
    }

    @Test("Through the server: a decomposition the figures do not allow is a 4xx, never a 500")
    func reviewErrorsThroughTheServer() async throws {
        try await ServerHarness.withServer { client, _ in
            for uri in [
                "/api/v1/decomposition?municipality=baerum&from=2015&to=2019",
                "/api/v1/decomposition?municipality=baerum&from=1990&to=1991",
                "/api/v1/peers?municipality=baerum&year=1999",
                "/vekst?municipality=baerum&from=1990&to=1991",
            ] {
                let response = try await ServerHarness.get(client, uri)
                #expect(response.status.code < 500, "\(uri) answered \(response.status)")
            }
        }
    }

    @Test("Messages name options as query parameters in the server and as flags on the command line, without rewriting")
    func optionSpelling() async throws {
        try await ServerHarness.withServer { client, _ in
            let response = try await ServerHarness.get(client, "/api/v1/profile?municipality=baerum&year=2002")
            #expect(response.status == .notFound)
            #expect(response.text.contains("Choose one with year=."), "\(response.text)")
            #expect(!response.text.contains("--"), "\(response.text)")
        }
        let error = AnalysisError.noData(municipality: "Bærum", year: 2002, availableYears: [2024])
        #expect(error.localizedDescription.hasSuffix("Choose one with --year."))
        #expect(OptionSpelling.$current.withValue(.query) { error.localizedDescription }.hasSuffix("Choose one with year=."))
    }
}
