import Foundation
public import KostraAnalysis
import KostraImport
public import KostraModel
public import KostraNarrative

/// An analyst's notes read against the current figures.
public struct NotesReview: Sendable {
    public var notes: AnalystNotes
    public var profile: ServiceProfile
    /// One check per section, in file order.
    public var checks: [NoteCheck]
}

extension Reports {
    /// A notes file for the analyst to fill in, one section per profile indicator, with today's figures recorded.
    public func notesTemplate(of name: some MunicipalityReference, year: Int? = nil, network: String = "asss") async throws -> String {
        NotesTemplate().markdown(for: try await comparisons.profile(of: name, year: year, network: network))
    }

    /// Writes a new notes file and returns its path (default `<municipality>-<year>-notater.md` in the
    /// current folder). An existing file is never overwritten, since it holds the analyst's own words.
    public func writeNotesTemplate(of name: some MunicipalityReference, year: Int? = nil, network: String = "asss", to output: String?)
        async throws -> String
    {
        let profile = try await comparisons.profile(of: name, year: year, network: network)
        let path = output ?? "\(profile.municipality.id)-\(profile.year)-notater.md"
        guard !FileManager.default.fileExists(atPath: path) else {
            throw KitError.unwritableOutput(path: path, reason: "the file exists and may hold your notes; choose another name")
        }
        let absolute = URL(fileURLWithPath: path).path
        try OutputFile.write(Data(NotesTemplate().markdown(for: profile).utf8), to: absolute)
        return path
    }

    /// Reads a notes file and checks each section's recorded figures against the figures stored now.
    /// The municipality, year and network come from the file unless given.
    public func reviewNotes(at path: String, municipality: String? = nil, year: Int? = nil, network: String? = nil)
        async throws -> NotesReview
    {
        let notes = try readNotes(at: path)
        guard let name = municipality ?? notes.municipality else {
            throw KitError.unreadableInput(
                path: path, reason: "the file does not say which municipality it is about; name it on the command line")
        }
        let profile = try await comparisons.profile(of: name, year: year ?? notes.year, network: network ?? notes.network ?? "asss")
        return NotesReview(notes: notes, profile: profile, checks: NoteChecker().check(notes, against: profile))
    }

    /// Reads a notes file, matching its sections to the catalogue's indicators and areas.
    public func readNotes(at path: String) throws -> AnalystNotes {
        try AnalystNotesReader(catalog: definitions.catalog).read(contentsOf: URL(fileURLWithPath: path))
    }
}
