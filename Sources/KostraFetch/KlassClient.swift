public import AsyncHTTPClient
import Foundation
public import Logging

/// A client for SSB's KLASS classification API, for the municipality codes (classification
/// 131): which codes were valid on a day, and which changed between two days.
///
/// It shares the machinery of ``PxWebClient``: throttle, retries and the on-disk cache. KLASS
/// answers are small, so they are decoded here with `JSONDecoder`.
public actor KlassClient {
    /// SSB's KLASS API base URL.
    public static let defaultKlassBase = "https://data.ssb.no/api/klass/v1"
    /// The municipality classification ("Standard for kommuneinndeling").
    public static let municipalities = 131

    /// Codes valid on one day, with where they came from.
    public struct CodeList: Sendable, Hashable {
        /// The day asked for.
        public var date: KlassDate
        /// The codes, in KLASS's order.
        public var codes: [KlassCode]
        /// URL, fetch time and cache flag.
        public var source: FetchProvenance
    }

    /// Code changes between two days, with where they came from.
    public struct ChangeList: Sendable, Hashable {
        /// The first day asked for.
        public var from: KlassDate
        /// The last day asked for.
        public var to: KlassDate
        /// The changes, in KLASS's order.
        public var changes: [KlassCodeChange]
        /// URL, fetch time and cache flag.
        public var source: FetchProvenance
    }

    /// The settings in use.
    public nonisolated let configuration: FetchConfiguration
    private let fetcher: HTTPFetcher

    /// Creates a client; the parameters are those of ``PxWebClient/init(configuration:httpClient:clock:throttle:logger:)``.
    public init(
        configuration: FetchConfiguration,
        httpClient: HTTPClient = .shared,
        clock: any FetchClock = SystemFetchClock(),
        throttle: RequestThrottle? = nil,
        logger: Logger
    ) {
        self.configuration = configuration
        self.fetcher = .standard(
            configuration: configuration, httpClient: httpClient, clock: clock, throttle: throttle, logger: logger)
    }

    /// The URL of `codesAt`: `{klassBase}/classifications/131/codesAt?date=YYYY-MM-DD&language=nb`.
    public nonisolated func codesAtURL(date: KlassDate, classification: Int = KlassClient.municipalities, language: String = "nb") -> String {
        "\(base)/classifications/\(classification)/codesAt?date=\(date)&language=\(QueryEncoding.component(language))"
    }

    /// The URL of `changes`: `{klassBase}/classifications/131/changes?from=YYYY-MM-DD&to=YYYY-MM-DD`.
    public nonisolated func changesURL(from: KlassDate, to: KlassDate, classification: Int = KlassClient.municipalities) -> String {
        "\(base)/classifications/\(classification)/changes?from=\(from)&to=\(to)"
    }

    /// The codes of a classification valid on `date` (for 131: 358 codes on 2026-01-01,
    /// 357 municipalities and 9999).
    public func codesAt(date: KlassDate, classification: Int = KlassClient.municipalities, language: String = "nb") async throws(FetchError)
        -> CodeList
    {
        let url = codesAtURL(date: date, classification: classification, language: language)
        let fetched = try await fetcher.fetch(url)
        let answer = try decode(CodesAnswer.self, fetched)
        return CodeList(date: date, codes: answer.codes, source: provenance(fetched))
    }

    /// The code changes of a classification between two days (KLASS's `changes` feed).
    public func changes(from: KlassDate, to: KlassDate, classification: Int = KlassClient.municipalities) async throws(FetchError) -> ChangeList {
        let url = changesURL(from: from, to: to, classification: classification)
        let fetched = try await fetcher.fetch(url)
        let answer = try decode(ChangesAnswer.self, fetched)
        return ChangeList(from: from, to: to, changes: answer.codeChanges ?? [], source: provenance(fetched))
    }

    private nonisolated var base: String { PxWebQuery.trimmedBase(configuration.klassBase) }

    private func provenance(_ fetched: FetchedBody) -> FetchProvenance {
        FetchProvenance(url: fetched.url, fetchedAt: fetched.fetchedAt, fromCache: fetched.fromCache)
    }

    private func decode<T: Decodable>(_ type: T.Type, _ fetched: FetchedBody) throws(FetchError) -> T {
        do {
            return try JSONDecoder().decode(T.self, from: Data(fetched.body))
        } catch {
            throw .invalidBody(url: fetched.url, reason: "not a KLASS answer (\(Self.describe(error)))")
        }
    }

    private static func describe(_ error: any Error) -> String {
        func place(_ context: DecodingError.Context) -> String {
            let path = context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
            return path.isEmpty ? "" : " at \(path)"
        }
        switch error {
        case DecodingError.keyNotFound(let key, let context):
            return "missing \"\(key.stringValue)\"\(place(context))"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context),
            DecodingError.dataCorrupted(let context):
            return "\(context.debugDescription)\(place(context))"
        default:
            return error.localizedDescription
        }
    }

    /// `codesAt` answers `{"codes":[…]}`.
    private struct CodesAnswer: Decodable {
        var codes: [KlassCode]
    }

    /// `changes` answers `{"codeChanges":[…]}` (KLASS's `CodeChangeList`); read a missing list as empty.
    private struct ChangesAnswer: Decodable {
        var codeChanges: [KlassCodeChange]?
    }
}
