/// One code of a KLASS classification, as `codesAt` lists it (classification 131:
/// the municipalities, e.g. `3201` Bærum).
public struct KlassCode: Sendable, Hashable, Codable {
    /// The code, e.g. `3201`.
    public var code: String
    /// The parent code in a hierarchical classification; `nil` for 131.
    public var parentCode: String?
    /// The level, as KLASS sends it (a string, e.g. `"1"`).
    public var level: String
    /// The name, e.g. `Bærum`.
    public var name: String
    /// The short name; often empty.
    public var shortName: String
    /// The presentation name; often empty.
    public var presentationName: String
    /// Valid from (only in range queries; `nil` in `codesAt`).
    public var validFrom: String?
    /// Valid to (only in range queries; `nil` in `codesAt`).
    public var validTo: String?
    /// KLASS's notes on the code's history; often empty.
    public var notes: String

    /// Creates a code.
    public init(
        code: String,
        parentCode: String? = nil,
        level: String = "1",
        name: String,
        shortName: String = "",
        presentationName: String = "",
        validFrom: String? = nil,
        validTo: String? = nil,
        notes: String = ""
    ) {
        self.code = code
        self.parentCode = parentCode
        self.level = level
        self.name = name
        self.shortName = shortName
        self.presentationName = presentationName
        self.validFrom = validFrom
        self.validTo = validTo
        self.notes = notes
    }

    public init(from decoder: any Decoder) throws {
        // KLASS leaves optional text fields out or sends null; read both as empty.
        let container = try decoder.container(keyedBy: CodingKeys.self)
        code = try container.decode(String.self, forKey: .code)
        parentCode = try container.decodeIfPresent(String.self, forKey: .parentCode)
        level = try container.decodeIfPresent(String.self, forKey: .level) ?? ""
        name = try container.decode(String.self, forKey: .name)
        shortName = try container.decodeIfPresent(String.self, forKey: .shortName) ?? ""
        presentationName = try container.decodeIfPresent(String.self, forKey: .presentationName) ?? ""
        validFrom = try container.decodeIfPresent(String.self, forKey: .validFrom)
        validTo = try container.decodeIfPresent(String.self, forKey: .validTo)
        notes = try container.decodeIfPresent(String.self, forKey: .notes) ?? ""
    }
}
