public import Foundation
public import KostraModel

/// The analyst's own recipe file: pins (`kostra recipes pin`) and, optionally, whole recipes
/// that replace the bundled ones for the same indicators. It lives in the user's config folder
/// (`$XDG_CONFIG_HOME/kostra/recipes.json` or `~/.config/kostra/recipes.json`) unless
/// `--recipes FILE` names another, wins over the bundled file, and is named in the provenance
/// of every figure a pin in it produced.
public struct UserRecipes: Sendable, Codable, Equatable {
    public var version: Int
    public var description: String?
    public var pins: [RecipePin]
    public var recipes: [Recipe]?

    public init(pins: [RecipePin] = [], recipes: [Recipe]? = nil) {
        self.version = 1
        self.description = "KostraKit user recipes: the analyst's pins and recipes; they win over the bundled recipes.json."
        self.pins = pins
        self.recipes = recipes
    }

    /// The default file: `$XDG_CONFIG_HOME/kostra/recipes.json`, else `~/.config/kostra/recipes.json`.
    public static func defaultURL(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        if let config = environment["XDG_CONFIG_HOME"], !config.isEmpty {
            return URL(fileURLWithPath: config, isDirectory: true).appendingPathComponent("kostra/recipes.json")
        }
        let home =
            environment["HOME"].map { URL(fileURLWithPath: $0, isDirectory: true) }
            ?? FileManager.default.homeDirectoryForCurrentUser
        return home.appendingPathComponent(".config/kostra/recipes.json")
    }

    /// Reads a user recipe file; a file that does not exist is an empty one.
    public static func load(from url: URL) throws(RecipeFileError) -> UserRecipes {
        guard FileManager.default.fileExists(atPath: url.path) else { return UserRecipes() }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .unreadable(file: url.path, reason: error.localizedDescription)
        }
        do {
            return try JSONDecoder().decode(UserRecipes.self, from: data)
        } catch let DecodingError.dataCorrupted(context) {
            throw .invalid(file: url.path, reason: Self.describe(context))
        } catch let DecodingError.keyNotFound(key, context) {
            throw .invalid(file: url.path, reason: "\"\(key.stringValue)\" is missing at \(Self.path(context))")
        } catch let DecodingError.typeMismatch(_, context) {
            throw .invalid(file: url.path, reason: Self.describe(context))
        } catch {
            throw .invalid(file: url.path, reason: "\(error)")
        }
    }

    /// Writes the file whole (to a temporary file, then moved over the old one), so a failed
    /// write never leaves half a file.
    public func save(to url: URL) throws(RecipeFileError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try (encoder.encode(self) + Data("\n".utf8)).write(to: url, options: .atomic)
        } catch {
            throw .unwritable(file: url.path, reason: error.localizedDescription)
        }
    }

    private static func path(_ context: DecodingError.Context) -> String {
        let path = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        return path.isEmpty ? "the top level" : path
    }

    private static func describe(_ context: DecodingError.Context) -> String {
        "\(context.debugDescription) (at \(path(context)))"
    }
}

/// Why a user recipe file could not be used or changed.
public enum RecipeFileError: Error, LocalizedError, Equatable, Sendable {
    case unreadable(file: String, reason: String)
    case invalid(file: String, reason: String)
    case unwritable(file: String, reason: String)
    /// The pin names an indicator, part or dimension the recipes do not have.
    case badPin(String)
    /// `unpin` found no such pin.
    case noSuchPin(indicator: String, table: String, dimension: String, file: String)

    public var errorDescription: String? {
        switch self {
        case .unreadable(let file, let reason):
            return "The recipe file \(file) could not be read: \(reason). Check that it exists and is readable."
        case .invalid(let file, let reason):
            return "The recipe file \(file) is not a valid recipe file: \(reason). Fix it, or remove it to use the bundled recipes alone."
        case .unwritable(let file, let reason):
            return
                "The recipe file \(file) could not be written: \(reason). Check that the folder is writable, or choose another file with --recipes."
        case .badPin(let reason):
            return "Cannot pin: \(reason)"
        case .noSuchPin(let indicator, let table, let dimension, let file):
            return "\(file) has no pin for \(indicator) \(table) \(dimension). Run 'kostra recipes check' to see the pins in use."
        }
    }
}

extension RecipeFileError: ClassifiedError {
    public var failureKind: FailureKind {
        switch self {
        case .noSuchPin: .notFound
        default: .invalidInput
        }
    }
    public var parameter: String? { "recipes" }
}
