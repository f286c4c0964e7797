import Foundation
import ZIPFoundation

/// An Office Open XML package (a ZIP archive of XML parts) built in memory.
struct OfficePackage {
    private var parts: [(path: String, data: Data)] = []

    mutating func add(_ path: String, xml: String) {
        parts.append((path, Data(xml.utf8)))
    }

    mutating func add(_ path: String, data: Data) {
        parts.append((path, data))
    }

    /// The archive's bytes. `[Content_Types].xml` must come first for some readers, so parts keep their order.
    func data(format: String) throws(RenderError) -> Data {
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            // A fixed date keeps the same report byte-identical from run to run.
            let date = Date(timeIntervalSince1970: 946_684_800)
            for part in parts {
                let bytes = part.data
                try archive.addEntry(
                    with: part.path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: date,
                    compressionMethod: .deflate
                ) { position, size in
                    bytes.subdata(in: min(Int(position), bytes.count)..<min(Int(position) + size, bytes.count))
                }
            }
            guard let data = archive.data else { throw RenderError.packaging(format: format, reason: "the archive has no data") }
            return data
        } catch let error as RenderError {
            throw error
        } catch {
            throw .packaging(format: format, reason: String(describing: error))
        }
    }
}

/// Escaping for XML text and attribute values.
enum XML {
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default:
                // Control characters other than tab and newline are not allowed in XML 1.0.
                if let scalar = character.unicodeScalars.first, scalar.value < 0x20, scalar != "\t", scalar != "\n" { continue }
                out.append(character)
            }
        }
        return out
    }

    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
}
