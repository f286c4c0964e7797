import Foundation
import HTTPTypes
import KostraAnalysis
import KostraImport
import KostraKit
import KostraModel

/// Turns every module's errors into HTTP answers, in this one place: each error says what kind of
/// trouble it is (`ClassifiedError`), and the kind decides the status. Only a fault of the program
/// itself (or an error that says nothing of its kind) is a 500, whose detail goes to the log only.
enum FailureMapping {
    static func failure(for error: any Error) -> ServerFailure? {
        if let failure = error as? ServerFailure { return failure }
        guard let classified = error as? any ClassifiedError else { return nil }
        let kind = classified.failureKind
        guard let (status, title) = answer(for: kind) else { return nil }
        var failure = ServerFailure(
            status: status, title: title, message: message(for: error), parameter: classified.parameter,
            suggestions: classified.suggestions)
        if case .unavailable(let seconds) = kind { failure.retryAfterSeconds = seconds }
        if error is ImportError || error is JSONStatError {
            failure.title = "Filen kan ikke importeres"
            failure.parameter = "body"
            failure.message += " Nothing was stored."
        }
        return failure
    }

    /// The status and Norwegian page title for each kind; `nil` for the program's own faults.
    static func answer(for kind: FailureKind) -> (HTTPResponse.Status, String)? {
        switch kind {
        case .notFound: (.notFound, "Ikke funnet")
        case .invalidInput: (.badRequest, "Ugyldig forespørsel")
        case .cannotCompute: (.unprocessableContent, "Kan ikke beregnes")
        case .unavailable: (.serviceUnavailable, "Midlertidig utilgjengelig")
        case .upstream: (.badGateway, "Kilden svarte ikke som ventet")
        case .internalFailure: nil
        }
    }

    /// The error's message; options in it are spelt as query parameters because the server asks
    /// for that spelling around every request (`OptionSpelling`), so nothing is rewritten here.
    static func message(for error: any Error) -> String {
        let text = error.localizedDescription
        switch error {
        case let error as ModelError:
            // The model's own message points to the command line's listings; the API has its own.
            switch error {
            case .unknownRegion(let query, let suggestions):
                return "No municipality is called '\(query)'." + hint(suggestions) + " GET /api/v1/regions lists the known ones."
            case .unknownIndicator(let id, let suggestions):
                return "No indicator has the id '\(id)'." + hint(suggestions) + " GET /api/v1/indicators lists the catalogue."
            default:
                return text
            }
        default:
            return text
        }
    }

    private static func hint(_ suggestions: [String]) -> String {
        suggestions.isEmpty ? "" : " Did you mean " + suggestions.map { "'\($0)'" }.joined(separator: ", ") + "?"
    }
}
