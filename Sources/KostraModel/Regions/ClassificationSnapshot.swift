public import Foundation

/// A KLASS classification as loaded from SSB (131: the municipalities): the codes valid on
/// one day and the code changes up to it, with where they came from.
public struct ClassificationSnapshot: Sendable, Hashable {
    /// One code valid on ``validAt``.
    public struct Code: Sendable, Hashable {
        public var code: String
        public var name: String

        public init(code: String, name: String) {
            self.code = code
            self.name = name
        }
    }

    /// One change of the feed: `oldCode` became `newCode` on `changeOccurred`.
    public struct Change: Sendable, Hashable {
        /// `YYYY-MM-DD`.
        public var changeOccurred: String
        public var oldCode: String
        public var oldName: String
        public var newCode: String
        public var newName: String

        public init(changeOccurred: String, oldCode: String, oldName: String, newCode: String, newName: String) {
            self.changeOccurred = changeOccurred
            self.oldCode = oldCode
            self.oldName = oldName
            self.newCode = newCode
            self.newName = newName
        }

        /// The statistics year from which the new code is used.
        public var year: Int? { Int(changeOccurred.prefix(4)) }
    }

    /// The KLASS classification id, e.g. 131.
    public var classification: Int
    /// The day the codes are valid on, `YYYY-MM-DD`.
    public var validAt: String
    public var codes: [Code]
    public var changes: [Change]
    /// Where and when it was loaded.
    public var source: DataSource

    public init(classification: Int, validAt: String, codes: [Code], changes: [Change], source: DataSource) {
        self.classification = classification
        self.validAt = validAt
        self.codes = codes
        self.changes = changes
        self.source = source
    }
}
