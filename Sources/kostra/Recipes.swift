import ArgumentParser
import Foundation
import KostraKit
import KostraModel

struct Recipes: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the SSB recipes against the tables' metadata, and pin codes in your own recipe file.",
        subcommands: [Check.self, Pin.self, Unpin.self])

    struct Check: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Resolve every recipe against its tables' metadata: the code chosen with SSB's label and how, or what is unresolved with the closest labels.",
            discussion:
                "Exits with status 1 when an indicator of the profile cannot be filled. With --offline it works from the metadata a fetch cached.")

        @OptionGroup var ssb: SSBOptions
        @OptionGroup var recipeFile: RecipeFileOption

        func run() async throws {
            let report = try await Imports.checkRecipes(
                definitions: try Definitions.bundled(), configuration: ssb.configuration, recipesFile: recipeFile.url)
            print(RecipeCheckText.render(report), terminator: "")
            if !report.passed { throw ExitCode(1) }
        }
    }

    struct Pin: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Pin one dimension of a recipe part to SSB codes in your recipe file; it wins over the bundled recipe.",
            discussion:
                "Example: kostra recipes pin recipients-18-67 13995 ContentsCode=KOSsosmott18670000. PART is the table id of the part. Find codes with 'kostra table ID --dimension D'."
        )

        @Argument(help: "The catalogue indicator whose recipe to pin, e.g. recipients-18-67.")
        var indicator: String

        @Argument(help: "The part: the table id it reads, e.g. 13995.")
        var part: String

        @Argument(help: "DIMENSION=CODE, e.g. ContentsCode=KOSsosmott18670000 (several codes as CODE,CODE are summed).")
        var choice: String

        @OptionGroup var recipeFile: RecipeFileOption

        func validate() throws {
            guard choice.contains("="), !choice.hasPrefix("="), !choice.hasSuffix("=") else {
                throw ValidationError("The choice must be DIMENSION=CODE, e.g. ContentsCode=KOSsosmott18670000, not '\(choice)'.")
            }
        }

        func run() throws {
            let (dimension, codes) = (String(choice.prefix { $0 != "=" }), choice.drop { $0 != "=" }.dropFirst())
            let file = try Imports.pinRecipe(
                indicator: indicator, table: part, dimension: dimension, codes: codes.split(separator: ",").map(String.init),
                recipesFile: recipeFile.url)
            print("Pinned \(indicator) \(part) \(choice) in \(file.path). Run 'kostra recipes check' to see it resolve.")
        }
    }

    struct Unpin: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove a pin from your recipe file.")

        @Argument(help: "The catalogue indicator.")
        var indicator: String

        @Argument(help: "The part: the table id it reads.")
        var part: String

        @Argument(help: "The dimension, e.g. ContentsCode.")
        var dimension: String

        @OptionGroup var recipeFile: RecipeFileOption

        func run() throws {
            let file = try Imports.unpinRecipe(indicator: indicator, table: part, dimension: dimension, recipesFile: recipeFile.url)
            print("Removed the pin of \(indicator) \(part) \(dimension) from \(file.path).")
        }
    }
}
