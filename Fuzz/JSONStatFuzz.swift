import Foundation
import KostraImport

/// libFuzzer entry for the JSON-stat decoder: any bytes must give a dataset or a typed error, never a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONStat(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let buffer = UnsafeRawBufferPointer(start: start, count: count)
    if let dataset = try? JSONStatDecoder.decode(buffer, origin: "fuzz") {
        // Walk what was decoded, as an import would, so bad sizes or strides surface here.
        var seen = 0
        dataset.forEachCell { cell in
            if cell.value != nil || cell.status != nil { seen += 1 }
        }
        _ = dataset.positions(at: max(0, dataset.count - 1))
        precondition(seen <= dataset.count)
    }
    return 0
}
