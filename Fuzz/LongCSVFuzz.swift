import Foundation
import KostraImport
import KostraModel

/// The definitions, read once from the resources folder the fuzz script names.
let fuzzDefinitions: Definitions = {
    let folder = ProcessInfo.processInfo.environment["KOSTRA_FUZZ_RESOURCES"] ?? "Sources/KostraModel/Resources"
    do {
        return try Definitions.load(from: URL(fileURLWithPath: folder))
    } catch {
        fatalError("Set KOSTRA_FUZZ_RESOURCES to Sources/KostraModel/Resources: \(error)")
    }
}()

/// libFuzzer entry for the long CSV reader: any text gives figures or a typed error.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLongCSV(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = UnsafeRawBufferPointer(start: start, count: count)
    guard let text = String(validating: bytes, as: UTF8.self) else { return 0 }
    _ = try? LongCSVReader(definitions: fuzzDefinitions).read(text, origin: "fuzz")
    return 0
}
