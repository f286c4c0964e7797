public import Foundation
import KostraModel
import KostraRender

/// The outcome of writing every member's report.
public struct ReportBatchResult: Sendable {
    /// One municipality's outcome.
    public struct Entry: Sendable {
        public var municipality: String
        public var files: [String]
        /// Whether the report only says that the figures are missing.
        public var figuresMissing: Bool
        /// Sections of the report left out for want of figures.
        public var omittedSections: [String]
        /// Why the report could not be written, if it could not.
        public var error: String?
    }

    public var entries: [Entry]
    public var indexPath: String
    public var failures: [Entry] { entries.filter { $0.error != nil } }
}

extension Reports {
    /// Writes the report of every member of a network for a year into one folder, two reports
    /// at a time (the machine has two cores and Chromium is the slow part), with an index page.
    ///
    /// A member without figures gets a report saying what is missing; a member whose report
    /// fails for another reason is listed with the error on the index page, and the batch goes on.
    public func writeNetworkReports(
        network networkName: String, year: Int, formats: [ReportFormat], out: String?,
        environment: [String: String] = ProcessInfo.processInfo.environment, now: Date = Date(),
        progress: @escaping @Sendable (String) -> Void = { _ in }
    ) async throws -> ReportBatchResult {
        let network = try definitions.network(named: networkName)
        let chromium = formats.contains(where: \.needsChromium) ? try Chromium.locate(environment: environment) : nil
        let destination = ReportDestination.resolve(
            out: out, formats: formats, batch: true, currentFolder: FileManager.default.currentDirectoryPath)
        let folder = destination.folder
        try OutputFile.createFolderOrExplain(folder)
        let members = network.members(in: year).compactMap { definitions.regions.region(id: $0) }
        let total = members.count
        let libreOffice = formats.contains(.docx) ? LibreOffice.locate(environment: environment) : nil
        let rendering = ReportRendering(chromium: chromium, libreOffice: libreOffice)
        let entries = await withTaskGroup(of: (Int, ReportBatchResult.Entry).self) { group in
            var results: [(Int, ReportBatchResult.Entry)] = []
            var next = 0
            var done = 0
            func addNext() {
                guard next < members.count else { return }
                let index = next
                let member = members[index]
                next += 1
                group.addTask {
                    do {
                        let document = try await reportDocument(
                            of: member.id, year: year, network: network.id, now: now, explainingMissingFigures: true)
                        let files = try await rendering.render(document, formats: formats)
                        let written = try OutputFile.writeAll(files, into: folder, createFolder: false)
                        return (
                            index,
                            .init(
                                municipality: member.name, files: written.map { String($0.dropFirst(folder.count + 1)) },
                                figuresMissing: document.figuresMissing, omittedSections: document.omittedSections, error: nil)
                        )
                    } catch {
                        return (
                            index,
                            .init(municipality: member.name, files: [], figuresMissing: false, omittedSections: [], error: error.localizedDescription)
                        )
                    }
                }
            }
            addNext()
            addNext()
            while let result = await group.next() {
                done += 1
                let entry = result.1
                let status = entry.error.map { "failed: \($0)" } ?? (entry.figuresMissing ? "figures missing, report says so" : "done")
                progress("[\(done)/\(total)] \(entry.municipality): \(status)")
                results.append(result)
                addNext()
            }
            return results.sorted { $0.0 < $1.0 }.map(\.1)
        }
        let rows = entries.map { entry in
            IndexPageRenderer.Row(
                name: entry.municipality,
                status: entry.error.map { "Feil: \($0)" }
                    ?? (entry.figuresMissing
                        ? "Tall mangler for \(year)"
                        : entry.omittedSections.isEmpty
                            ? "Ferdig" : "Ferdig; utelatt fordi tall mangler: " + entry.omittedSections.joined(separator: ", ")),
                problem: entry.error != nil || entry.figuresMissing || !entry.omittedSections.isEmpty, files: entry.files)
        }
        let index = try IndexPageRenderer().render(
            title: "KOSTRA-rapporter \(year): \(network.longName)",
            intro: "Rapportene for medlemmene av \(network.longName) i \(year), i formatene "
                + formats.map(\.rawValue).joined(separator: ", ") + ".",
            rows: rows, generatedAt: now)
        let indexPath = folder + "/index.html"
        try OutputFile.write(Data(index.utf8), to: indexPath)
        return ReportBatchResult(entries: entries, indexPath: indexPath)
    }
}
