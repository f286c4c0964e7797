/// One row of KLASS's change feed (`/classifications/{id}/changes`): a code that was
/// replaced on a date, e.g. `3024 Bærum → 3201 Bærum` on 2024-01-01.
public struct KlassCodeChange: Sendable, Hashable, Codable {
    /// The day the change took effect.
    public var changeOccurred: KlassDate
    /// The code before (empty when KLASS gives none).
    public var oldCode: String
    /// The name before.
    public var oldName: String
    /// The short name before; often empty.
    public var oldShortName: String
    /// The code after (empty when KLASS gives none).
    public var newCode: String
    /// The name after.
    public var newName: String
    /// The short name after; often empty.
    public var newShortName: String

    /// Creates a change.
    public init(
        changeOccurred: KlassDate,
        oldCode: String,
        oldName: String,
        oldShortName: String = "",
        newCode: String,
        newName: String,
        newShortName: String = ""
    ) {
        self.changeOccurred = changeOccurred
        self.oldCode = oldCode
        self.oldName = oldName
        self.oldShortName = oldShortName
        self.newCode = newCode
        self.newName = newName
        self.newShortName = newShortName
    }

    public init(from decoder: any Decoder) throws {
        // Short names may be missing or null in KLASS answers; read both as empty.
        let container = try decoder.container(keyedBy: CodingKeys.self)
        changeOccurred = try container.decode(KlassDate.self, forKey: .changeOccurred)
        oldCode = try container.decodeIfPresent(String.self, forKey: .oldCode) ?? ""
        oldName = try container.decodeIfPresent(String.self, forKey: .oldName) ?? ""
        oldShortName = try container.decodeIfPresent(String.self, forKey: .oldShortName) ?? ""
        newCode = try container.decodeIfPresent(String.self, forKey: .newCode) ?? ""
        newName = try container.decodeIfPresent(String.self, forKey: .newName) ?? ""
        newShortName = try container.decodeIfPresent(String.self, forKey: .newShortName) ?? ""
    }
}
