public import Foundation

/// What SSB's PxWebApi v2 says about its own limits (`GET {apiBase}/config`), read instead of
/// hard-coding them.
///
/// The shape is SSB's answer as shown, verified 2026-08-30, in janbrus/pxwebapi-skills
/// `ssb-pxwebapi-v2-skill/references/troubleshooting.md` @890e10d7d9d6fc717604f9a870a24c68572c6afe:
/// `{"apiVersion":"2.3.2", …, "maxDataCells":800000, "maxCallsPerTimeWindow":0, "timeWindow":0, …}`.
/// The same notes say SSB now answers `0` for the call limit and window and that `0` does not
/// mean "no limit": the rate is then read from the `x-ratelimit-*` headers instead.
public struct PxWebConfig: Sendable, Hashable {
    /// The API specification's version, e.g. `2.3.2`.
    public var apiVersion: String?
    /// The most cells one query may select (empty cells count too).
    public var maxDataCells: Int?
    /// Calls allowed per `timeWindow` seconds; `nil` when SSB answers 0 (not in use).
    public var maxCallsPerTimeWindow: Int?
    /// The window of `maxCallsPerTimeWindow`, in seconds; `nil` when SSB answers 0.
    public var timeWindow: Int?
    /// The default answer language.
    public var defaultLanguage: String?

    public init(
        apiVersion: String? = nil, maxDataCells: Int? = nil, maxCallsPerTimeWindow: Int? = nil, timeWindow: Int? = nil,
        defaultLanguage: String? = nil
    ) {
        self.apiVersion = apiVersion
        self.maxDataCells = maxDataCells
        self.maxCallsPerTimeWindow = maxCallsPerTimeWindow
        self.timeWindow = timeWindow
        self.defaultLanguage = defaultLanguage
    }

    /// The throttle these limits ask for, when SSB states them (both above 0).
    public var throttle: RequestThrottle.Configuration? {
        guard let calls = maxCallsPerTimeWindow, let window = timeWindow else { return nil }
        return RequestThrottle.Configuration(limit: calls, window: .seconds(window))
    }

    /// Reads a `/config` answer.
    public static func parse(_ body: Data, url: String) throws(FetchError) -> PxWebConfig {
        guard let object = try? JSONSerialization.jsonObject(with: body), let root = object as? [String: Any] else {
            throw .invalidBody(url: url, reason: "the configuration is not a JSON object")
        }
        func positive(_ key: String) -> Int? {
            (root[key] as? NSNumber).map(\.intValue).flatMap { $0 > 0 ? $0 : nil }
        }
        return PxWebConfig(
            apiVersion: root["apiVersion"] as? String,
            maxDataCells: positive("maxDataCells"),
            maxCallsPerTimeWindow: positive("maxCallsPerTimeWindow"),
            timeWindow: positive("timeWindow"),
            defaultLanguage: root["defaultLanguage"] as? String)
    }
}
