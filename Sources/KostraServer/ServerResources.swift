import Foundation
import KostraModel

/// The server's own files (the OpenAPI document, the page templates), read from its resource
/// folder beside the executable; a missing or unreadable file stops the start with a message.
enum ServerResources {
    static func data(_ name: String) throws -> Data {
        let url = try ResourceFolder.file(module: "KostraServer", subfolder: "Resources", name: name)
        do {
            return try Data(contentsOf: url)
        } catch {
            throw ModelError.resourcesUnreadable(path: url.path)
        }
    }
}
