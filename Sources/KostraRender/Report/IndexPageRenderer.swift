public import Foundation
import KostraModel
import Mustache

/// The index page of a batch run: one row per municipality with its status and files.
public struct IndexPageRenderer: Sendable {
    /// One municipality's line.
    public struct Row: Sendable {
        public var name: String
        /// E.g. `Ferdig`, `Tall mangler for 2024`, or the error.
        public var status: String
        /// Whether the status is a problem (missing figures or an error), shown in red.
        public var problem: Bool
        /// File names relative to the index page.
        public var files: [String]

        public init(name: String, status: String, problem: Bool, files: [String]) {
            self.name = name
            self.status = status
            self.problem = problem
            self.files = files
        }
    }

    private struct View {
        struct File { var href, label: String }
        struct Line { var name, status: String; var problem: Bool; var files: [File] }
        var title, intro, generated: String
        var rows: [Line]
    }

    public init() {}

    public func render(title: String, intro: String, rows: [Row], generatedAt: Date) throws -> String {
        let url = try ResourceFolder.file(module: "KostraRender", subfolder: "Templates", name: "index.mustache")
        let template = try MustacheTemplate(string: String(contentsOf: url, encoding: .utf8))
        let view = View(
            title: title, intro: intro, generated: NorwegianDate.long(generatedAt),
            rows: rows.map { row in
                View.Line(
                    name: row.name, status: row.status, problem: row.problem,
                    files: row.files.map { file in
                        let href = file.split(separator: "/").map {
                            String($0).addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? String($0)
                        }.joined(separator: "/")
                        let ext = (file as NSString).pathExtension.uppercased()
                        return View.File(href: href, label: file.contains("-tabeller/") ? "CSV: " + (file as NSString).lastPathComponent : ext)
                    })
            })
        return template.render(view)
    }
}
