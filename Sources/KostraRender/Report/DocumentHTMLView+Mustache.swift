import Mustache

// Key lookup without reflection. swift-mustache otherwise builds a `Mirror` of the value for every
// `{{key}}` it renders (and again for every enclosing value it searches), which was about half of a
// report's render time. Each table lists exactly the stored properties the type declares.

extension DocumentHTMLView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "kicker": kicker
        case "footer": footer
        case "facts": facts.map { ["label": $0.label, "value": $0.value] }
        case "contents": contents
        case "sections": sections
        default: nil
        }
    }
}

extension DocumentHTMLView.Section: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "title": title
        case "isChapter": isChapter
        case "pageBreak": pageBreak
        case "blocks": blocks
        case "subsections": subsections
        default: nil
        }
    }
}

extension DocumentHTMLView.Block: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "paragraph": paragraph
        case "list": list
        case "table": table
        case "chart": chart
        default: nil
        }
    }
}

extension DocumentHTMLView.List: MustacheParent {
    func child(named name: String) -> Any? { name == "items" ? items : nil }
}

extension DocumentHTMLView.Paragraph: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "text": text
        case "cssClass": cssClass
        case "trace": trace
        case "badge": badge
        case "html": html
        default: nil
        }
    }
}

extension DocumentHTMLView.Table: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "caption": caption
        case "headers": headers
        case "rows": rows
        case "columnCount": columnCount
        case "sourceNote": sourceNote
        case "notes": notes
        default: nil
        }
    }
}

extension DocumentHTMLView.Header: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "cssClass": cssClass
        default: nil
        }
    }
}

extension DocumentHTMLView.Row: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "header": header
        case "isGroup": isGroup
        case "cells": cells
        default: nil
        }
    }
}

extension DocumentHTMLView.Cell: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "text": text
        case "cssClass": cssClass
        default: nil
        }
    }
}

extension DocumentHTMLView.Chart: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "svg": svg
        case "caption": caption
        default: nil
        }
    }
}
