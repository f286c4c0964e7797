import Foundation
import Ink

/// Turns an analyst's Markdown into HTML that is safe to put in a report or a web page.
///
/// Notes come from people, not from this program, so nothing in them may become markup the
/// author did not write as Markdown: raw HTML is escaped before Ink sees it, and links other
/// than http, https and mailto lose their target.
public struct NoteMarkdown: Sendable {
    public init() {}

    public func html(_ markdown: String) -> String {
        let escaped =
            markdown
            .replacingOccurrences(of: "&", with: "&amp;")
            .replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
        let html = MarkdownParser().html(from: escaped)
        return Self.safeLinks(html)
    }

    private static func safeLinks(_ html: String) -> String {
        var result = ""
        var rest = Substring(html)
        while let range = rest.range(of: "href=\"") {
            result += rest[..<range.upperBound]
            rest = rest[range.upperBound...]
            let end = rest.firstIndex(of: "\"") ?? rest.endIndex
            let target = rest[..<end]
            let lower = target.lowercased()
            let allowed = ["http://", "https://", "mailto:", "#"].contains { lower.hasPrefix($0) }
            result += allowed ? target : ""
            rest = rest[end...]
        }
        return result + rest
    }
}
