public import Foundation
public import KostraModel

/// The recipes a run uses: the bundled book with the user recipe file's recipes in place of
/// the bundled ones, and the file's pins for the resolver.
public struct ActiveRecipes: Sendable {
    public var book: RecipeBook
    public var pins: [RecipePin]
    /// The user recipe file, when it exists.
    public var userFile: URL?

    public init(book: RecipeBook, pins: [RecipePin] = [], userFile: URL? = nil) {
        self.book = book
        self.pins = pins
        self.userFile = userFile
    }

    /// `base` (the bundled recipes by default) with the user file at `file` (the default
    /// config path when `nil`) applied; a missing file changes nothing.
    public static func load(base: RecipeBook? = nil, file: URL? = nil) throws -> ActiveRecipes {
        let base = try base ?? RecipeBook.bundled()
        let url = file ?? UserRecipes.defaultURL()
        guard FileManager.default.fileExists(atPath: url.path) else { return ActiveRecipes(book: base) }
        let user = try UserRecipes.load(from: url)
        return ActiveRecipes(book: base.overridden(by: user.recipes ?? []), pins: user.pins, userFile: url)
    }

    /// The resolver for these recipes.
    public var resolver: RecipeResolver {
        RecipeResolver(pins: pins, pinFile: userFile?.path)
    }
}
