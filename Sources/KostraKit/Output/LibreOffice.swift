public import Foundation

/// LibreOffice Writer, run headless as a separate process when it is installed, to measure on
/// which page each heading of a Word report falls, so the contents list is saved with its page
/// numbers. Optional: without it the contents list has its entries (as links) and a note on
/// how Word adds the numbers.
///
/// LibreOffice lays the document out with its own fonts and rules, so Word may put a heading on
/// a neighbouring page; the numbers are LibreOffice's measurement of this very file, never an
/// estimate, and «Oppdater felt» in Word recomputes them with Word's layout.
public struct LibreOffice: Sendable {
    /// The `soffice` program.
    public var executable: String
    /// How long one run may take before it is stopped.
    public var timeout: Duration = .seconds(120)

    public init(executable: String) {
        self.executable = executable
    }

    /// Program names tried on `PATH`.
    public static let candidates = ["soffice", "libreoffice"]

    /// LibreOffice from `KOSTRA_SOFFICE` (a path, or `none` to go without), otherwise the first
    /// candidate on `PATH`; `nil` when there is none.
    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) -> LibreOffice? {
        if let explicit = environment["KOSTRA_SOFFICE"], !explicit.isEmpty {
            return explicit == "none" || !FileManager.default.isExecutableFile(atPath: explicit) ? nil : LibreOffice(executable: explicit)
        }
        for folder in (environment["PATH"] ?? "").split(separator: ":") {
            for name in candidates {
                let candidate = "\(folder)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) { return LibreOffice(executable: candidate) }
            }
        }
        return nil
    }

    /// The contents list as LibreOffice makes it after updating the document's indexes: each
    /// entry's title and page, in order.
    public func contentsList(of docx: Data) async throws(KitError) -> [(title: String, page: Int)] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kostra-soffice-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let document = folder.appendingPathComponent("report.docx")
        let text = folder.appendingPathComponent("report.txt")
        let profile = folder.appendingPathComponent("profile")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try docx.write(to: document)
        } catch {
            throw .libreOfficeFailed(executable: executable, reason: "its work folder could not be written: \(error.localizedDescription)")
        }
        let installation = "-env:UserInstallation=\(profile.absoluteString)"
        // A fresh profile of its own, so a LibreOffice the user has open is not disturbed; it is
        // created first, then the macro goes into its «My Macros», which LibreOffice trusts.
        try await run(["--headless", "--norestore", "--terminate_after_init", installation])
        try installMacro(in: profile.appendingPathComponent("user/basic/Standard"))
        try await run([
            "--headless", "--norestore", installation,
            "macro:///Standard.KostraContents.PageNumbers(\"\(document.path)\",\"\(text.path)\")",
        ])
        guard let output = try? String(contentsOf: text, encoding: .utf8) else {
            throw .libreOfficeFailed(executable: executable, reason: "it wrote no text of the document")
        }
        return Self.contentsList(inText: output)
    }

    /// The lines after the `Innhold` heading that end in a tab and a page number.
    static func contentsList(inText text: String) -> [(title: String, page: Int)] {
        let lines = text.split(whereSeparator: \.isNewline).map { String($0).trimmingCharacters(in: CharacterSet(charactersIn: "\u{FEFF}")) }
        guard let heading = lines.firstIndex(of: "Innhold") else { return [] }
        var entries: [(String, Int)] = []
        for line in lines[(heading + 1)...] {
            guard let tab = line.lastIndex(of: "\t"), let page = Int(line[line.index(after: tab)...]) else { break }
            entries.append((String(line[..<tab]), page))
        }
        return entries
    }

    /// The Basic macro: load hidden, update every index (the contents list), save as text.
    static let macro = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
        <script:module xmlns:script="http://openoffice.org/2000/script" script:name="KostraContents" script:language="StarBasic">
        Sub PageNumbers(inPath As String, outPath As String)
          Dim load(0) As New com.sun.star.beans.PropertyValue
          load(0).Name = &quot;Hidden&quot; : load(0).Value = True
          doc = StarDesktop.loadComponentFromURL(ConvertToURL(inPath), &quot;_blank&quot;, 0, load())
          indexes = doc.getDocumentIndexes()
          For i = 0 To indexes.getCount() - 1
            indexes.getByIndex(i).update()
          Next
          Dim store(1) As New com.sun.star.beans.PropertyValue
          store(0).Name = &quot;FilterName&quot; : store(0).Value = &quot;Text (encoded)&quot;
          store(1).Name = &quot;FilterOptions&quot; : store(1).Value = &quot;UTF8,LF&quot;
          doc.storeToURL(ConvertToURL(outPath), store())
          doc.close(True)
          StarDesktop.terminate()
        End Sub
        </script:module>
        """

    private func installMacro(in library: URL) throws(KitError) {
        let index = library.appendingPathComponent("script.xlb")
        do {
            guard var list = try? String(contentsOf: index, encoding: .utf8), let end = list.range(of: "</library:library>") else {
                throw KitError.libreOfficeFailed(executable: executable, reason: "it made no macro library in its new profile")
            }
            list.insert(contentsOf: " <library:element library:name=\"KostraContents\"/>\n", at: end.lowerBound)
            try list.write(to: index, atomically: true, encoding: .utf8)
            try Self.macro.write(to: library.appendingPathComponent("KostraContents.xba"), atomically: true, encoding: .utf8)
        } catch let error as KitError {
            throw error
        } catch {
            throw .libreOfficeFailed(executable: executable, reason: "its macro could not be written: \(error.localizedDescription)")
        }
    }

    private func run(_ arguments: [String]) async throws(KitError) {
        switch await ExternalProgram(executable: executable, timeout: timeout).run(arguments) {
        case .couldNotStart(let reason):
            throw .libreOfficeFailed(executable: executable, reason: "it could not be started: \(reason)")
        case .timedOut:
            throw .libreOfficeFailed(executable: executable, reason: "it did not finish within \(timeout)")
        case .exited(let status) where status != 0:
            throw .libreOfficeFailed(executable: executable, reason: "it exited with status \(status)")
        case .exited:
            break
        }
    }
}
