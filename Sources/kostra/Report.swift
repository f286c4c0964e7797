import ArgumentParser
import Foundation
import KostraKit

struct Report: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a municipality's social-services report (HTML, PDF, Word, Excel, CSV), or every network member's.",
        discussion: """
            With a municipality, writes its report. Without one, writes the report of every member of --network \
            for --year into the --out folder, with an index.html. PDF and Word need headless Chromium \
            ('scripts/setup --pdf' installs it; KOSTRA_CHROMIUM names another executable).
            """)

    @Argument(help: "The municipality: a name (Bærum, baerum) or any code it has had. Leave out for a whole network.")
    var municipality: String?

    @Option(help: "The year (default: the newest year with figures; required for a network).")
    var year: Int?

    @Option(help: "The network to compare with, and the network whose members a batch covers.")
    var network: String = "asss"

    @Option(
        help:
            "The KOSTRA area of a municipality's report: sosial (default), okonomi, barnehage, grunnskole, helse, kultur or befolkning; all for the whole analysis (an opening chapter «Befolkning og økonomi», then a chapter per area)."
    )
    var area: String = "sosial"

    @Option(help: "The municipality's KOSTRA group (e.g. 13), which the whole analysis's opening chapter compares with (--area all).")
    var group: String?

    @Option(help: "Formats, comma-separated: html, pdf, docx, xlsx, csv.")
    var format: String = "html"

    @Option(help: "A file for one format; a folder (created if needed) for several formats or a network.")
    var out: String?

    @Option(help: "The analyst's notes file (Markdown, a section per indicator or area; start one with 'kostra notes init').")
    var notes: String?

    @Option(
        help:
            "A date (2025-03-15): the appendix lists, under 'Endret siden forrige uttrekk', the figures the report shows that were revised since then."
    )
    var changesSince: String?

    @OptionGroup var store: StoreOptions

    func validate() throws {
        if case .failure(let error) = ReportFormat.parse(list: format) { throw ValidationError(error.description) }
        if let changesSince, RevisionDate.parse(changesSince) == nil {
            throw ValidationError("--changes-since takes a date like 2025-03-15; '\(changesSince)' is not one.")
        }
        if changesSince != nil, municipality == nil {
            throw ValidationError("--changes-since applies to one municipality's report; name the municipality.")
        }
        if municipality == nil, area != "sosial" {
            throw ValidationError("--area applies to one municipality's report; name the municipality (e.g. kostra report Oslo --area barnehage).")
        }
        if group != nil, area != "all" {
            throw ValidationError("--group applies to the whole analysis (--area all), whose opening chapter compares with the KOSTRA group.")
        }
        if area == "all", changesSince != nil || notes != nil {
            throw ValidationError("--changes-since and --notes apply to one area's report; leave them out with --area all.")
        }
        if municipality == nil, year == nil {
            throw ValidationError(
                "Give --year for a whole network (e.g. kostra report --network asss --year 2024 --out reports), or name a municipality.")
        }
    }

    func run() async throws {
        let formats = try ReportFormat.parse(list: format).get()
        let workspace = try await Workspace.open(database: store.database)
        guard let municipality else {
            let result = try await workspace.reports.writeNetworkReports(
                network: network, year: year ?? 0, formats: formats, out: out,
                progress: { line in FileHandle.standardError.write(Data((line + "\n").utf8)) })
            let missing = result.entries.filter(\.figuresMissing).count
            print("Wrote \(result.entries.count - result.failures.count) reports (\(missing) saying their figures are missing): \(result.indexPath)")
            if !result.failures.isEmpty {
                for failure in result.failures { FileHandle.standardError.write(Data("\(failure.municipality): \(failure.error ?? "")\n".utf8)) }
                throw ExitCode.failure
            }
            return
        }
        let paths = try await workspace.reports.writeReport(
            of: municipality, year: year, network: network, formats: formats, out: out, notes: notes,
            changesSince: changesSince.flatMap(RevisionDate.parse), area: area, group: group)
        let tables = paths.filter { $0.hasSuffix(".csv") }
        for path in paths where !path.hasSuffix(".csv") { print("Wrote \(path)") }
        if let first = tables.first {
            print("Wrote \(tables.count) CSV tables into \((first as NSString).deletingLastPathComponent)")
        }
    }
}
