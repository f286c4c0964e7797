import Foundation
import Hummingbird
import KostraModel
import Logging

/// Answers every failure the same way: JSON (`{"error": {...}}`) under `/api/`, a Norwegian
/// HTML page elsewhere, each carrying the request id so a user's report can be found in the log.
/// Also refuses over-long request targets before any route parses them.
struct ErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    let pages: PageRenderer

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        // Every message made while answering names options as query parameters (`year=`), not as
        // the command line's flags: the one place the server chooses the spelling.
        try await OptionSpelling.$current.withValue(.query) {
            try await answer(request, context: context, next: next)
        }
    }

    private func answer(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let isAPI = request.uri.path.hasPrefix("/api/")
        do {
            guard request.uri.string.utf8.count <= ServerConfiguration.maxURILength else {
                throw ServerFailure(
                    status: .uriTooLong, title: "For lang adresse",
                    message:
                        "The request target is \(request.uri.string.utf8.count) bytes long; at most \(ServerConfiguration.maxURILength) are accepted."
                )
            }
            return try await next(request, context)
        } catch {
            let failure: ServerFailure
            if let known = FailureMapping.failure(for: error) {
                failure = known
            } else if let http = error as? any HTTPResponseError {
                failure = ServerFailure(
                    status: http.status, title: http.status == .notFound ? "Siden finnes ikke" : "Feil",
                    message: http.status == .notFound
                        ? "No page or API route at \(request.uri.path.prefix(200)). See /api/v1/openapi.json for the API."
                        : (http.status.reasonPhrase))
            } else {
                context.logger.error("request failed", metadata: ["error": "\(error)"])
                failure = ServerFailure(
                    status: .internalServerError, title: "Intern feil",
                    message: "The server could not answer (request id \(context.id)). The log has the details.")
            }
            if failure.status.code < 500 {
                context.logger.info("refused", metadata: ["status": "\(failure.status.code)", "reason": "\(failure.message.prefix(200))"])
            }
            var response =
                isAPI
                ? Self.json(failure, requestID: context.id)
                : pages.errorPage(failure, requestID: context.id, path: request.uri.path, query: request.uri.query)
            if let seconds = failure.retryAfterSeconds { response.headers[.retryAfter] = String(seconds) }
            return response
        }
    }

    static func json(_ failure: ServerFailure, requestID: String) -> Response {
        let body = ErrorBody(
            error: .init(
                status: Int(failure.status.code), message: failure.message, parameter: failure.parameter,
                suggestions: failure.suggestions, requestId: requestID))
        let data = (try? APIEncoding.encode(body)) ?? Data()
        return Response(
            status: failure.status, headers: [.contentType: "application/json; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    struct ErrorBody: Codable, Sendable {
        struct Detail: Codable, Sendable {
            var status: Int
            var message: String
            var parameter: String?
            var suggestions: [String]
            var requestId: String
        }
        var error: Detail
    }
}
