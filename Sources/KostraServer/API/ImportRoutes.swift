import Foundation
import Hummingbird
import KostraKit
import KostraModel
import Logging

/// `POST /api/v1/import`: the one write, answered only with `Authorization: Bearer <token>`
/// when the server was started with a token, and with 403 on a read-only server. The body is a
/// published-figures file; the import is all or nothing, like `kostra import published`.
struct ImportRoutes: Sendable {
    let workspace: Workspace
    /// `nil` on a read-only server.
    let token: String?

    /// A plain file name: letters, digits, `.`, `_` and `-`, not starting with a dot (so never
    /// `.`, `..` or a hidden file), at most 80 characters. The OpenAPI document states the same pattern.
    static let namePattern = "^[A-Za-z0-9_-][A-Za-z0-9._-]{0,79}$"

    func register(on router: Router<some RequestContext>) {
        router.post("api/v1/import") { request, context in
            try authorize(request)
            let query = try QueryParameters(query: request.uri.query, allowed: ["municipality", "name"])
            let name = query["name"] ?? "upload.csv"
            guard name.range(of: Self.namePattern, options: .regularExpression) != nil else {
                throw ServerFailure.badParameter(
                    "name",
                    "'name' is the file name shown as the source: letters, digits, '.', '_' and '-', not starting with '.', at most 80; got '\(name.prefix(80))'."
                )
            }
            let municipality = try query["municipality"].map { try workspace.definitions.regions.find($0).id }
            let body: ByteBuffer
            do {
                body = try await request.body.collect(upTo: ServerConfiguration.maxBodyBytes)
            } catch {
                throw ServerFailure(
                    status: .contentTooLarge, title: "For stor fil",
                    message:
                        "The file is larger than \(ServerConfiguration.maxBodyBytes / 1024 / 1024) MB; split it or import it with 'kostra import published'."
                )
            }
            guard body.readableBytes > 0 else {
                throw ServerFailure.badParameter(
                    "body", "The request body is empty: send the published-figures file as the body (curl --data-binary @file.csv).")
            }
            // The import reads a file, so the body goes to a private temporary folder named as the user asked.
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kostra-import-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
            defer { try? FileManager.default.removeItem(at: folder) }
            let file = folder.appendingPathComponent(name)
            try Data(body.readableBytesView).write(to: file)
            let report: PublishedImportReport
            do {
                report = try await workspace.imports.importPublished(file: file.path, municipality: municipality)
            } catch {
                // The upload's temporary path means nothing to the client: messages name the upload instead.
                guard var failure = FailureMapping.failure(for: error) else { throw error }
                failure.message = failure.message
                    .replacingOccurrences(of: file.path, with: name)
                    .replacingOccurrences(of: folder.path, with: "the upload")
                throw failure
            }
            context.logger.notice("imported", metadata: ["file": "\(name)", "stored": "\(report.summary.stored)"])
            let result = APIModels.ImportResult(
                file: name, municipality: report.municipality, figures: report.figures, stored: report.summary.stored,
                keptNewer: report.summary.keptNewer, notes: report.notes)
            return Response(
                status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
                body: ResponseBody(byteBuffer: ByteBuffer(bytes: try APIEncoding.encode(result))))
        }
    }

    private func authorize(_ request: Request) throws(ServerFailure) {
        guard let token else {
            throw ServerFailure(
                status: .forbidden, title: "Bare lesing",
                message:
                    "This server is read-only: it was started without a token, so nothing can be imported. Start it with 'kostra serve --token …' (or KOSTRA_SERVE_TOKEN) to allow imports."
            )
        }
        guard let header = request.headers[.authorization], header.hasPrefix("Bearer ") else {
            throw ServerFailure(
                status: .unauthorized, title: "Mangler tilgang",
                message: "This endpoint needs 'Authorization: Bearer <token>' with the token the server was started with.")
        }
        guard Self.constantTimeEqual(Array(header.dropFirst(7).utf8), Array(token.utf8)) else {
            throw ServerFailure(status: .forbidden, title: "Feil nøkkel", message: "The bearer token is wrong. Nothing was imported.")
        }
    }

    /// Compares without stopping at the first difference, so timing does not reveal the token.
    static func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        var difference = UInt8(a.count == b.count ? 0 : 1)
        for index in 0..<max(a.count, b.count) {
            difference |= (index < a.count ? a[index] : 0) ^ (index < b.count ? b[index] : 0)
        }
        return difference == 0
    }
}
