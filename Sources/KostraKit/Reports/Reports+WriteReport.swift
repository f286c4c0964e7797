public import Foundation
import KostraModel
import KostraRender

/// Where a report run writes: `--out` names a file for one format, otherwise a folder.
public struct ReportDestination: Sendable {
    /// The output file for a single-format run, or `nil`.
    public var file: String?
    /// The folder the files go into (created if needed when it was named with `--out`).
    public var folder: String

    /// `out` is a file when exactly one single-file format is chosen, otherwise a folder;
    /// with no `out`, files go into `currentFolder`.
    public static func resolve(out: String?, formats: [ReportFormat], batch: Bool, currentFolder: String) -> ReportDestination {
        guard let out else { return ReportDestination(file: nil, folder: currentFolder) }
        let absolute = URL(fileURLWithPath: out.hasPrefix("/") ? out : currentFolder + "/" + out).standardizedFileURL.path
        if !batch, formats.count == 1, formats[0] != .csv {
            return ReportDestination(file: absolute, folder: URL(fileURLWithPath: absolute).deletingLastPathComponent().path)
        }
        return ReportDestination(file: nil, folder: absolute)
    }
}

extension Reports {
    /// Writes one municipality's report (of the KOSTRA `area`, social services by default; `all` for
    /// the whole analysis, with `group` its KOSTRA group for the opening chapter) in the chosen formats. Every format is rendered before
    /// anything is written, and each file is written to a temporary name and then renamed, so a
    /// failure leaves no partial files behind.
    public func writeReport(
        of name: some MunicipalityReference, year: Int? = nil, network: String = "asss", formats: [ReportFormat], out: String?,
        notes: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment, now: Date = Date(),
        changesSince: Date? = nil, area: String = "sosial", group: String? = nil
    ) async throws -> [String] {
        let analystNotes = try notes.map { try readNotes(at: $0) }
        let chromium = formats.contains(where: \.needsChromium) ? try Chromium.locate(environment: environment) : nil
        let destination = ReportDestination.resolve(
            out: out, formats: formats, batch: false, currentFolder: FileManager.default.currentDirectoryPath)
        // `all` is the whole analysis, every area in one document; otherwise one area's report.
        let document =
            area == Self.allAreas
            ? try await analysisDocument(of: name, year: year, network: network, group: group, now: now)
            : try await reportDocument(
                of: name, year: year, network: network, now: now, notes: analystNotes, changesSince: changesSince, area: area)
        let libreOffice = formats.contains(.docx) ? LibreOffice.locate(environment: environment) : nil
        let files = try await ReportRendering(chromium: chromium, libreOffice: libreOffice).render(document, formats: formats)
        if let file = destination.file, let only = files.first, files.count == 1 {
            try OutputFile.write(only.data, to: file)
            return [file]
        }
        return try OutputFile.writeAll(files, into: destination.folder, createFolder: out != nil)
    }
}

extension OutputFile {
    /// Creates a folder and its parents; when that fails, says why in words (a file in the
    /// way, a folder without write permission) rather than Foundation's error code.
    static func createFolderOrExplain(_ folder: String) throws(KitError) {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: folder, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw .unwritableOutput(path: folder, reason: "it is a file, not a folder") }
            guard manager.isWritableFile(atPath: folder) else { throw .unwritableOutput(path: folder, reason: "the folder is not writable") }
            return
        }
        var ancestor = URL(fileURLWithPath: folder).deletingLastPathComponent()
        while !manager.fileExists(atPath: ancestor.path, isDirectory: &isDirectory), ancestor.path != "/" {
            ancestor.deleteLastPathComponent()
        }
        if !isDirectory.boolValue {
            throw .unwritableOutput(path: folder, reason: "\(ancestor.path) is a file, not a folder")
        }
        if !manager.isWritableFile(atPath: ancestor.path) {
            throw .unwritableOutput(path: folder, reason: "the folder \(ancestor.path) is not writable")
        }
        do {
            try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw .unwritableOutput(path: folder, reason: "the folder cannot be created (\((error as NSError).localizedDescription))")
        }
    }

    /// Writes several files into a folder (creating it if asked), all or nothing: on a failure
    /// the files this call already wrote are removed again.
    static func writeAll(_ files: [RenderedFile], into folder: String, createFolder: Bool) throws(KitError) -> [String] {
        if createFolder { try createFolderOrExplain(folder) }
        var written: [String] = []
        var createdFolders: [String] = []
        do {
            for file in files {
                let path = folder + "/" + file.name
                let parent = URL(fileURLWithPath: path).deletingLastPathComponent().path
                if !FileManager.default.fileExists(atPath: parent) {
                    do {
                        try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
                    } catch {
                        throw KitError.unwritableOutput(path: parent, reason: (error as NSError).localizedDescription)
                    }
                    createdFolders.append(parent)
                }
                try write(file.data, to: path)
                written.append(path)
            }
        } catch {
            for path in written { try? FileManager.default.removeItem(atPath: path) }
            for path in createdFolders.reversed() { try? FileManager.default.removeItem(atPath: path) }
            throw (error as? KitError) ?? .unwritableOutput(path: folder, reason: error.localizedDescription)
        }
        return written
    }
}
