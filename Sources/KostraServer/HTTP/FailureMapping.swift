import Foundation
import HTTPTypes
import KostraAnalysis
import KostraImport
import KostraKit
import KostraModel
import KostraStore

/// Turns the use cases' typed errors into HTTP answers: unknown names are 404 with suggestions,
/// bad choices are 400, and anything unexpected is a 500 whose detail goes to the log only.
enum FailureMapping {
    static func failure(for error: any Error) -> ServerFailure? {
        switch error {
        case let failure as ServerFailure:
            return failure
        case let error as ModelError:
            switch error {
            case .unknownRegion(let query, let suggestions):
                return .notFound(
                    "No municipality is called '\(query)'." + hint(suggestions) + " GET /api/v1/regions lists the known ones.",
                    parameter: "municipality", suggestions: suggestions)
            case .unknownIndicator(let id, let suggestions):
                return .notFound(
                    "No indicator has the id '\(id)'." + hint(suggestions) + " GET /api/v1/indicators lists the catalogue.",
                    parameter: "indicator", suggestions: suggestions)
            case .unknownNetwork(let name, let known):
                return .notFound("No network is called '\(name)'. Known networks: \(known.joined(separator: ", ")).", parameter: "network", suggestions: known)
            case .unreadableDefinitions, .resourcesMissing, .resourcesUnreadable:
                return nil
            }
        case let error as KitError:
            switch error {
            case .notAMunicipality: return .badParameter("municipality", error.localizedDescription)
            case .noPeers: return .unprocessable("peers", error.localizedDescription.replacingOccurrences(of: "--peers", with: "peers="))
            case .nothingLeftToAverage:
                return .unprocessable(
                    "exclude", error.localizedDescription.replacingOccurrences(of: "--exclude", with: "exclude").replacingOccurrences(of: "--peers", with: "peers"))
            case .cannotExclude:
                return .unprocessable("exclude", error.localizedDescription.replacingOccurrences(of: "--exclude", with: "exclude"))
            case .unknownGroup:
                return .notFound(error.localizedDescription.replacingOccurrences(of: "--group", with: "group="), parameter: "group")
            case .noFigures:
                return .notFound(error.localizedDescription, parameter: "municipality")
            case .unknownPriceIndex, .notKroner:
                return ServerFailure(status: .badRequest, title: "Ugyldig forespørsel", message: error.localizedDescription)
            case .missingInputs:
                return ServerFailure(status: .unprocessableContent, title: "Kan ikke beregnes", message: error.localizedDescription)
            default: return nil
            }
        case let error as RankError:
            guard case .noFigures(_, _, _, let years) = error else { return nil }
            return ServerFailure(
                status: .notFound, title: "Ingen tall",
                message: error.localizedDescription.replacingOccurrences(of: "Choose one with --year.", with: "Choose one with ?year=."),
                parameter: "year", suggestions: years.map(String.init))
        case let error as ReviewError:
            return ServerFailure(status: .unprocessableContent, title: "Kan ikke beregnes", message: error.localizedDescription)
        case let error as ImportError:
            return ServerFailure(
                status: .badRequest, title: "Filen kan ikke importeres",
                message: error.localizedDescription + " Nothing was stored.", parameter: "body")
        case let error as AnalysisError:
            if case .noData(_, _, let years) = error {
                return ServerFailure(
                    status: .notFound, title: "Ingen tall",
                    message: error.localizedDescription.replacingOccurrences(of: "Choose one with --year.", with: "Choose one with ?year=."),
                    parameter: "year", suggestions: years.map(String.init))
            }
            return ServerFailure(status: .unprocessableContent, title: "Kan ikke beregnes", message: error.localizedDescription)
        default:
            return nil
        }
    }

    private static func hint(_ suggestions: [String]) -> String {
        suggestions.isEmpty ? "" : " Did you mean " + suggestions.map { "'\($0)'" }.joined(separator: ", ") + "?"
    }
}
