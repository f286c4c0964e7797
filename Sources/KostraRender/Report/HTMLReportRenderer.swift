public import Foundation
public import KostraModel

/// Renders a report document as one self-contained HTML file: inline CSS and SVG, no external assets.
///
/// Every value from the document is HTML-escaped (``ReportHTMLWriter``), so text from data files or
/// notes cannot inject markup. The same HTML is what headless Chromium prints to PDF, so its print
/// styles (`Templates/report.css`) matter.
public struct HTMLReportRenderer: Sendable {
    private let writer: ReportHTMLWriter

    public init() throws {
        let url = try ResourceFolder.file(module: "KostraRender", subfolder: "Templates", name: "report.css")
        writer = ReportHTMLWriter(css: try String(contentsOf: url, encoding: .utf8))
    }

    /// Builds the document from computed content and renders it (for callers that have no
    /// contributed sections, such as the web server's report page).
    public func render(_ content: ReportContent, regions: RegionRegistry) throws -> String {
        try render(ReportDocumentBuilder(regions: regions).document(for: content))
    }

    /// The page; `contentsPages` (section id → the page a printed copy starts it on) adds page
    /// numbers to the contents list, for the PDF, which is printed once to learn them.
    public func render(_ document: ReportDocument, contentsPages: [String: Int] = [:]) throws -> String {
        writer.html(document, contentsPages: contentsPages)
    }
}

/// Errors while rendering output.
public enum RenderError: Error, LocalizedError, Equatable {
    case missingTemplate(String)
    /// A document part could not be packed into a Word or Excel file.
    case packaging(format: String, reason: String)

    public var errorDescription: String? {
        switch self {
        case .missingTemplate(let name):
            return "The report template '\(name)' is missing from KostraKit's installation. Rebuild KostraKit."
        case .packaging(let format, let reason):
            return "Could not write the \(format) file: \(reason). This is a bug in KostraKit; please report it with the command you ran."
        }
    }
}

extension RenderError: ClassifiedError {
    /// A template or part the program ships is missing or broken: the installation's fault.
    public var failureKind: FailureKind { .internalFailure }
}
