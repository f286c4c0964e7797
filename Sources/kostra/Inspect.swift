import ArgumentParser
import KostraKit

struct Inspect: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show a JSON-stat 2.0 file or a Statbank CSV export as a long table, one row per cell, without storing it.")

    @Argument(help: "The JSON-stat 2.0 file or Statbank CSV export.")
    var file: String

    @Option(help: "table, csv or json.")
    var format: TableFormat = .table

    func run() async throws {
        let chosen: FileInspection.Format = format == .csv ? .csv : format == .json ? .json : .table
        print(try FileInspection.inspect(path: file, format: chosen), terminator: "")
    }
}
