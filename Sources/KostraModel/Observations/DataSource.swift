public import Foundation

/// Where figures came from: the provenance every stored figure keeps.
public struct DataSource: Sendable, Codable, Hashable {
    /// What kind of source this is.
    public enum Kind: String, Sendable, Codable, Hashable {
        /// Figures transcribed from a published document and bundled with the tool.
        case bundled
        /// A published-figures file imported by the user.
        case published
        /// SSB's statistics bank (PxWebApi).
        case ssb
        /// A data file imported by the user (JSON-stat, Statbank CSV, long CSV).
        case file
    }

    /// The store's id, once stored.
    public var id: Int64?
    public var kind: Kind
    /// A title readers understand, e.g. `Bærum kommune: KOSTRA analyse 2025`.
    public var title: String
    /// The file path, URL, or table id and query the figures came from.
    public var reference: String
    /// When the figures were published, if known (decides which figure is newer).
    public var publishedAt: Date?
    /// When the tool fetched or imported them.
    public var retrievedAt: Date
    /// Whether the figures are preliminary (March) or final (June), if known.
    public var preliminary: Bool?
    public var note: String?

    public init(
        id: Int64? = nil, kind: Kind, title: String, reference: String, publishedAt: Date? = nil,
        retrievedAt: Date, preliminary: Bool? = nil, note: String? = nil
    ) {
        self.id = id
        self.kind = kind
        self.title = title
        self.reference = reference
        self.publishedAt = publishedAt
        self.retrievedAt = retrievedAt
        self.preliminary = preliminary
        self.note = note
    }

    /// The moment that decides whether a figure from this source replaces a stored one.
    public var asOf: Date { publishedAt ?? retrievedAt }

    /// `foreløpige tall`, `endelige tall` or nothing, for title pages and tables.
    public var statusDescription: String? {
        preliminary.map { $0 ? "foreløpige tall" : "endelige tall" }
    }
}
