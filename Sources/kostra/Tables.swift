import ArgumentParser
import Foundation
import KostraFetch
import KostraKit
import KostraModel

struct Tables: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Browse SSB's statistics bank: find tables by words.", subcommands: [Search.self])

    struct Search: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Search SSB's table list (discontinued tables marked), a page at a time.")

        @Argument(help: "Words to search for, e.g. sosialhjelp kommune.")
        var words: [String]

        @Option(help: "The page to show, from 1.")
        var page: Int = 1

        @Option(help: "Tables per page.")
        var pageSize: Int = 20

        @Flag(help: "Leave out discontinued tables (avslutta serier).")
        var activeOnly = false

        @OptionGroup var ssb: SSBOptions

        func validate() throws {
            guard page >= 1 else { throw ValidationError("--page must be 1 or more, not \(page).") }
            guard (1...1000).contains(pageSize) else { throw ValidationError("--page-size must be between 1 and 1000, not \(pageSize).") }
        }

        func run() async throws {
            let list = try await Imports.searchTables(
                words.joined(separator: " "), page: page, pageSize: pageSize, includeDiscontinued: !activeOnly,
                configuration: ssb.configuration)
            print(TableBrowseText.list(list, words: words.joined(separator: " ")), terminator: "")
        }
    }
}

struct Table: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show an SSB table's dimensions, or one dimension's codes and labels (paged), to find the code for a pin.")

    @Argument(help: "The table id, e.g. 13995.")
    var id: String

    @Option(help: "A dimension whose codes and labels to list, e.g. ContentsCode.")
    var dimension: String?

    @Option(help: "The page of codes to show, from 1.")
    var page: Int = 1

    @Option(help: "Codes per page.")
    var pageSize: Int = 50

    @OptionGroup var ssb: SSBOptions

    func validate() throws {
        guard page >= 1 else { throw ValidationError("--page must be 1 or more, not \(page).") }
        guard pageSize >= 1 else { throw ValidationError("--page-size must be 1 or more, not \(pageSize).") }
    }

    func run() async throws {
        let metadata = try await Imports.tableMetadata(id, configuration: ssb.configuration)
        if let dimension {
            guard let found = metadata.dimension(dimension) else {
                throw ValidationError(
                    "Table \(id) has no dimension '\(dimension)'; it has \(metadata.dimensions.map(\.id).joined(separator: ", ")).")
            }
            print(TableBrowseText.codes(found, table: metadata, page: page, pageSize: pageSize), terminator: "")
        } else {
            print(TableBrowseText.dimensions(metadata), terminator: "")
        }
    }
}
