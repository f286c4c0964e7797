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
        }
    }

    private static func list(_ items: [String]) -> String {
        let quoted = items.map { "'\($0)'" }
        guard quoted.count > 1 else { return quoted.joined() }
        return quoted.dropLast().joined(separator: ", ") + " or " + (quoted.last ?? "")
    }
}
