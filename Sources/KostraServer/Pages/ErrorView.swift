import Foundation
import HTTPTypes

/// The error page's content: a Norwegian sentence for readers, the API's English detail below it.
struct ErrorView {
    struct Suggestion {
        var text: String
        var link: String
    }

    var pageTitle: String
    var title: String
    var norwegian: String
    var message: String
    var status: Int
    var requestID: String
    var suggestions: [Suggestion]
    var hasSuggestions: Bool

    init(_ failure: ServerFailure, requestID: String, path: String, query: String?) {
        pageTitle = failure.title
        title = failure.title
        message = failure.message
        status = Int(failure.status.code)
        self.requestID = requestID
        switch (failure.status.code, failure.parameter) {
        case (404, "municipality"?): norwegian = "Vi fant ingen kommune med det navnet eller nummeret."
        case (404, "indicator"?): norwegian = "Vi fant ingen indikator med den id-en."
        case (404, "year"?): norwegian = "Det er ikke lagret tall for det valgte året."
        case (404, _): norwegian = "Siden finnes ikke."
        case (400, let parameter?): norwegian = "Verdien for «\(parameter)» kan ikke brukes."
        case (400, nil): norwegian = "Forespørselen kan ikke brukes."
        case (414, _): norwegian = "Adressen er for lang."
        default: norwegian = "Noe gikk galt på serveren. Prøv igjen senere."
        }
        let parameter = failure.parameter ?? ""
        suggestions = failure.suggestions.prefix(5).map { text in
            Suggestion(text: text, link: path + "?" + SelectionQuery.replacing(parameter, with: text, in: query))
        }
        hasSuggestions = !suggestions.isEmpty && (parameter == "municipality" || parameter == "year")
    }
}
