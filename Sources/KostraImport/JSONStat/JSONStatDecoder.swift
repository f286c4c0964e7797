public import Foundation

/// Decodes JSON-stat datasets, as SSB's PxWebApi v2 serves them, in a single pass over the bytes.
///
/// Reads JSON-stat 2.0 (`class: "dataset"`) and the first dataset of a
/// JSON-stat 1.x bundle. Values land in one flat `[Double]` and statuses in one
/// byte per cell, so a 32 MB answer decodes in a fraction of a second with no
/// object per cell. Errors say where in the input the problem is.
///
/// ```swift
/// let dataset = try JSONStatDecoder.decode(data, origin: url.absoluteString)
/// let oslo = dataset.value(for: ["KOKkommuneregion0000": "0301", "Tid": "2024"])
/// ```
public enum JSONStatDecoder {
    /// The most cells a dataset may declare (2^27, about 1 GB of values).
    ///
    /// Far above anything SSB serves in one answer; it stops a corrupt `size`
    /// from making the decoder reserve memory the input could never fill.
    public static let maximumCellCount = 1 << 27

    /// Decodes a dataset from `data`; `origin` (a file path or URL) names the input in error messages.
    public static func decode(_ data: Data, origin: String) throws(JSONStatError) -> JSONStatDataset {
        let result = data.withUnsafeBytes { buffer in
            Result { () throws(JSONStatError) -> JSONStatDataset in try decode(buffer, origin: origin) }
        }
        return try result.get()
    }

    /// Decodes a dataset from `bytes`; `origin` (a file path or URL) names the input in error messages.
    public static func decode(_ bytes: [UInt8], origin: String) throws(JSONStatError) -> JSONStatDataset {
        let result = bytes.withUnsafeBytes { buffer in
            Result { () throws(JSONStatError) -> JSONStatDataset in try decode(buffer, origin: origin) }
        }
        return try result.get()
    }

    /// Decodes a dataset from raw memory, e.g. a memory-mapped file; the buffer is only read during the call.
    public static func decode(_ buffer: UnsafeRawBufferPointer, origin: String) throws(JSONStatError) -> JSONStatDataset {
        guard let start = buffer.baseAddress, !buffer.isEmpty else {
            throw .emptyInput(origin: origin)
        }
        let scanner = JSONStatScanner(bytes: buffer, base: start.assumingMemoryBound(to: UInt8.self), origin: origin)
        var reader = JSONStatReader(scanner: scanner)
        return try reader.readDocument()
    }
}
