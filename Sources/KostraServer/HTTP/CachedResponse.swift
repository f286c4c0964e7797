import Foundation
import Hummingbird

/// Builds 200 responses with `ETag` (a hash of the body) and `Last-Modified` (the newest source's
/// fetch time), and answers 304 when the client already holds the same body.
///
/// The tag is computed from the bytes sent, so every instance serving the same database gives the
/// same tag without sharing state.
enum CachedResponse {
    static func make(
        _ body: Data, contentType: String, request: Request, updatedAt: Date?, extraHeaders: HTTPFields = [:], tag given: String? = nil
    ) -> Response {
        make(
            ByteBuffer(bytes: body), contentType: contentType, request: request, lastModified: updatedAt.map(HTTPDate.format),
            extraHeaders: extraHeaders, tag: given ?? tag(body))
    }

    /// - Parameter lastModified: the `Last-Modified` value, already written as an HTTP date.
    static func make(
        _ body: ByteBuffer, contentType: String, request: Request, lastModified: String?, extraHeaders: HTTPFields = [:], tag: String
    ) -> Response {
        var headers: HTTPFields = extraHeaders
        headers[.eTag] = tag
        headers[.cacheControl] = "no-cache"
        if let lastModified { headers[.lastModified] = lastModified }
        if let match = request.headers[.ifNoneMatch],
            match.split(separator: ",").contains(where: {
                let candidate = $0.trimmingCharacters(in: .whitespaces)
                return candidate == tag || candidate == "W/" + tag || candidate == "*"
            })
        {
            return Response(status: .notModified, headers: headers)
        }
        headers[.contentType] = contentType
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: body))
    }

    /// The ETag of a body: its FNV-1a hash and length.
    static func tag(_ body: Data) -> String {
        "\"" + fnv1a(body) + "-" + String(body.count, radix: 16) + "\""
    }

    /// 64-bit FNV-1a: fast, stable across processes and platforms, enough to tell bodies apart.
    static func fnv1a(_ data: Data) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        data.withUnsafeBytes { bytes in
            for byte in bytes {
                hash ^= UInt64(byte)
                hash &*= 0x0000_0100_0000_01b3
            }
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

}
