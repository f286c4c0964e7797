import Foundation
import PostgresNIO

/// Turns PostgresNIO's errors into ``StoreError``s that say what went wrong and what to do.
enum PostgresErrors {
    static func map(_ error: any Error, location: PostgresLocation) -> StoreError {
        let display = location.displayURL
        if let storeError = error as? StoreError { return storeError }
        if let transaction = error as? PostgresTransactionError {
            if let inner = transaction.closureError ?? transaction.beginError ?? transaction.commitError {
                return map(inner, location: location)
            }
            return .database(path: display, reason: "the transaction failed")
        }
        guard let psql = error as? PSQLError else {
            let text = String(describing: error)
            if text.contains("connectionCreationCircuitBreakerTripped") || text.contains("poolShutdown") {
                return .unreachable(location: display, reason: "no connection could be made (\(text))")
            }
            return .database(path: display, reason: text)
        }
        let message = psql.serverInfo?[.message] ?? ""
        switch psql.code {
        case .server:
            let state = psql.serverInfo?[.sqlState] ?? ""
            switch state {
            case "28P01", "28000":
                return .authenticationFailed(
                    location: display, user: location.user, reason: message, passwordSource: location.passwordSource)
            case "3D000":
                return .databaseMissing(location: display, database: location.database, user: location.user)
            case "40P01", "40001", "55P03":
                return .busy(path: display)
            case "42501":
                return .readOnly(path: display)
            case "53300":
                return .database(
                    path: display,
                    reason: "the server has no free connections (\(message)); lower pool_size in the URL or raise max_connections")
            default:
                if state.hasPrefix("23") || state.hasPrefix("22") {
                    return .invalidFigure(path: display, reason: message)
                }
                if state.hasPrefix("57P") || state.hasPrefix("08") {
                    return .unreachable(location: display, reason: message)
                }
                return .database(path: display, reason: "\(message) (SQLSTATE \(state))")
            }
        case .authMechanismRequiresPassword:
            return .authenticationFailed(
                location: display, user: location.user, reason: "the server asks for a password and none was found",
                passwordSource: location.passwordSource)
        case .connectionError:
            let reason = psql.underlying.map { String(describing: $0) } ?? "the connection failed"
            return .unreachable(location: display, reason: reason)
        case .serverClosedConnection, .uncleanShutdown, .clientClosedConnection:
            return .unreachable(location: display, reason: "the connection was closed (\(psql.code))")
        case .sslUnsupported:
            return .unreachable(
                location: display, reason: "the server does not offer TLS but the URL says sslmode=require")
        default:
            return .database(path: display, reason: "\(psql.code)\(message.isEmpty ? "" : ": \(message)")")
        }
    }

    /// Deadlocks and serialisation failures: PostgreSQL rolled the whole transaction back.
    static func isRetryable(_ error: any Error) -> Bool {
        var inner: any Error = error
        if let transaction = error as? PostgresTransactionError, let closure = transaction.closureError ?? transaction.commitError {
            inner = closure
        }
        guard let psql = inner as? PSQLError, psql.code == .server else { return false }
        return ["40P01", "40001"].contains(psql.serverInfo?[.sqlState] ?? "")
    }
}
