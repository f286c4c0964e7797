public import Foundation

/// Errors from looking things up in the definitions.
public enum ModelError: Error, LocalizedError, Equatable, Sendable {
    /// No region matches what the user typed.
    case unknownRegion(String, suggestions: [String])
    /// No indicator has this id.
    case unknownIndicator(String, suggestions: [String])
    /// No network has this name.
    case unknownNetwork(String, known: [String])
    /// A bundled definition file could not be read: a packaging fault.
    case unreadableDefinitions(file: String, reason: String)
    /// A resource folder the program ships is not beside the executable.
    case resourcesMissing(bundle: String, searched: [String])
    /// A resource folder or file the program ships exists but cannot be read by this user.
    case resourcesUnreadable(path: String)

    public var errorDescription: String? {
        switch self {
        case .unknownRegion(let query, let suggestions):
            let hint = suggestions.isEmpty ? "" : " Did you mean \(Self.list(suggestions))?"
            return "No municipality or region is called '\(query)'.\(hint) Run 'kostra regions' to list the known regions."
        case .unknownIndicator(let id, let suggestions):
            let hint = suggestions.isEmpty ? "" : " Did you mean \(Self.list(suggestions))?"
            return "No indicator has the id '\(id)'.\(hint) Run 'kostra indicators' to list the catalogue."
        case .unknownNetwork(let name, let known):
            return "No network is called '\(name)'. Known networks: \(known.joined(separator: ", "))."
        case .unreadableDefinitions(let file, let reason):
            return "The bundled definitions file \(file) could not be read: \(reason). The installation is damaged; rebuild KostraKit."
        case .resourcesMissing(let bundle, let searched):
            return
                "KostraKit's data files (\(bundle)) are not installed beside the kostra program (looked in \(searched.joined(separator: ", "))). Install KostraKit with 'scripts/install --prefix DIR', which puts them there, or run it from its build folder."
        case .resourcesUnreadable(let path):
            return
                "KostraKit's data files at \(path) cannot be read by this user. Make them readable for everyone who runs kostra (chmod -R a+rX), or reinstall with 'scripts/install --prefix DIR'."
        }
    }

    private static func list(_ items: [String]) -> String {
        let quoted = items.map { "'\($0)'" }
        guard quoted.count > 1 else { return quoted.joined() }
        return quoted.dropLast().joined(separator: ", ") + " or " + (quoted.last ?? "")
    }
}

extension ModelError: ClassifiedError {
    public var failureKind: FailureKind {
        switch self {
        case .unknownRegion, .unknownIndicator, .unknownNetwork: .notFound
        case .unreadableDefinitions, .resourcesMissing, .resourcesUnreadable: .internalFailure
        }
    }

    public var parameter: String? {
        switch self {
        case .unknownRegion: "municipality"
        case .unknownIndicator: "indicator"
        case .unknownNetwork: "network"
        case .unreadableDefinitions, .resourcesMissing, .resourcesUnreadable: nil
        }
    }

    public var suggestions: [String] {
        switch self {
        case .unknownRegion(_, let suggestions), .unknownIndicator(_, let suggestions): suggestions
        case .unknownNetwork(_, let known): known
        case .unreadableDefinitions, .resourcesMissing, .resourcesUnreadable: []
        }
    }
}
