import KostraImport

/// libFuzzer entry for the Statbank CSV reader: any bytes (any encoding) give a table or a typed error.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzStatbankCSV(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = Array(UnsafeRawBufferPointer(start: start, count: count))
    _ = try? StatbankCSVReader.read(bytes: bytes, origin: "fuzz")
    return 0
}
