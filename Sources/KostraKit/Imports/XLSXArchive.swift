import Foundation
import KostraImport
import ZIPFoundation

/// Unpacks an Excel workbook (.xlsx, a ZIP archive of XML parts) for ``XLSXWorkbook``, which
/// reads the parts; the unpacking stays here so that KostraImport needs no ZIP library.
enum XLSXArchive {
    /// A part larger than this when unpacked is refused before it is unpacked (a ZIP bomb,
    /// or not a statistics workbook); NAV's workbooks are well under a megabyte.
    static let maximumPartSize: UInt64 = 64 << 20

    static func workbook(_ bytes: [UInt8], origin: String) throws(ImportError) -> XLSXWorkbook {
        let archive: Archive
        do {
            archive = try Archive(data: Data(bytes), accessMode: .read)
        } catch {
            throw .unreadable(file: origin, reason: "it starts like a ZIP archive but cannot be opened as one")
        }
        return try XLSXWorkbook.read(origin: origin) { (path: String) throws(ImportError) -> String? in
            guard let entry = archive[path] else { return nil }
            guard entry.uncompressedSize <= maximumPartSize else {
                throw .unreadable(
                    file: origin,
                    reason: "its part \(path) unpacks to \(entry.uncompressedSize) bytes, far more than a statistics workbook holds")
            }
            var data = Data()
            do {
                _ = try archive.extract(entry, skipCRC32: false) { data.append($0) }
            } catch {
                throw .unreadable(file: origin, reason: "its part \(path) is damaged")
            }
            return String(decoding: data, as: UTF8.self)
        }
    }
}
