import Foundation

/// Adds XMP metadata (title, language, creator tool) to a PDF that Chromium printed, as an
/// incremental update: the original bytes stay as they are, and a metadata stream, a catalog
/// pointing at it, a cross-reference section and a trailer are appended.
///
/// Chromium writes the document information (title) and the catalog's `/Lang`, but no XMP, which
/// PDF/UA checkers and archives read. Skia's PDFs have a classic cross-reference table and
/// trailer (`trailer <</Size … /Root … /Info …>> startxref N`); a PDF this cannot read is
/// returned unchanged.
enum PDFMetadata {
    static func addingXMP(to pdf: Data, title: String, language: String) -> Data {
        let text = String(decoding: pdf, as: UTF8.self)
        guard let trailer = text.range(of: "trailer", options: .backwards),
            let size = Int(text[trailer.upperBound...].firstMatch(of: /\/Size\s+(\d+)/)?.output.1 ?? ""),
            let root = Int(text[trailer.upperBound...].firstMatch(of: /\/Root\s+(\d+)\s+0\s+R/)?.output.1 ?? ""),
            let previous = Int(text[trailer.upperBound...].firstMatch(of: /startxref\s+(\d+)/)?.output.1 ?? ""),
            let catalogStart = text.range(of: "\n\(root) 0 obj\n"),
            let catalogEnd = text[catalogStart.upperBound...].range(of: "\nendobj"),
            !text.contains("/Metadata")
        else { return pdf }
        let info = text[trailer.upperBound...].firstMatch(of: /\/Info\s+(\d+)\s+0\s+R/).map { " /Info \($0.output.1) 0 R" } ?? ""
        let dictionary = String(text[catalogStart.upperBound..<catalogEnd.lowerBound])
        guard let close = dictionary.range(of: ">>", options: .backwards) else { return pdf }
        let catalog = dictionary[..<close.lowerBound] + "\n/Metadata \(size) 0 R>>" + dictionary[close.upperBound...]

        let xmp = Data(packet(title: title, language: language).utf8)
        var output = pdf
        if output.last != 0x0A { output.append(0x0A) }
        let metadataOffset = output.count
        output.append(Data("\(size) 0 obj\n<</Type /Metadata /Subtype /XML /Length \(xmp.count)>> stream\n".utf8))
        output.append(xmp)
        output.append(Data("\nendstream\nendobj\n".utf8))
        let catalogOffset = output.count
        output.append(Data("\(root) 0 obj\n\(catalog)\nendobj\n".utf8))
        let xref = output.count
        let entry = { (offset: Int) in String(repeating: "0", count: max(0, 10 - String(offset).count)) + "\(offset) 00000 n \n" }
        output.append(
            Data(
                ("xref\n\(root) 1\n" + entry(catalogOffset) + "\(size) 1\n" + entry(metadataOffset)
                    + "trailer\n<</Size \(size + 1) /Root \(root) 0 R\(info) /Prev \(previous)>>\nstartxref\n\(xref)\n%%EOF\n").utf8))
        return output
    }

    /// The XMP packet: Dublin Core title and language, and the tool that made the file.
    static func packet(title: String, language: String) -> String {
        let escaped = title.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
        return """
            <?xpacket begin="\u{FEFF}" id="W5M0MpCehiHzreSzNTczkc9d"?>
            <x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
            <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
            <dc:title><rdf:Alt><rdf:li xml:lang="x-default">\(escaped)</rdf:li></rdf:Alt></dc:title>
            <dc:language><rdf:Bag><rdf:li>\(language)</rdf:li></rdf:Bag></dc:language>
            <dc:format>application/pdf</dc:format>
            <xmp:CreatorTool>KostraKit</xmp:CreatorTool>
            </rdf:Description></rdf:RDF></x:xmpmeta>
            <?xpacket end="w"?>
            """
    }
}
