public import Foundation
import KostraAnalysis
public import KostraModel
import Mustache

/// Renders a report as one self-contained HTML file: inline CSS and SVG, no external assets.
///
/// The page comes from Mustache templates kept as files (`Templates/`), which escape
/// every value by default, so text from data files or notes cannot inject markup.
public struct HTMLReportRenderer: Sendable {
    private let library: MustacheLibrary

    public init() throws {
        var templates: [String: MustacheTemplate] = [:]
        for name in ["report", "report.css"] {
            guard let url = Bundle.module.url(forResource: "Templates/\(name)", withExtension: "mustache") else {
                throw RenderError.missingTemplate(name)
            }
            templates[name] = try MustacheTemplate(string: String(contentsOf: url, encoding: .utf8))
        }
        library = MustacheLibrary(templates: templates)
    }

    public func render(_ content: ReportContent, regions: RegionRegistry) throws -> String {
        guard let html = library.render(ReportView(content, regions: regions), withTemplate: "report") else {
            throw RenderError.missingTemplate("report")
        }
        return html
    }
}

/// Errors while rendering output.
public enum RenderError: Error, LocalizedError, Equatable {
    case missingTemplate(String)

    public var errorDescription: String? {
        switch self {
        case .missingTemplate(let name):
            return "The report template '\(name)' is missing from KostraKit's installation. Rebuild KostraKit."
        }
    }
}
