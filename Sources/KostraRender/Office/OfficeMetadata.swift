/// The core properties every Office file we write carries (`docProps/core.xml`): title, subject,
/// language and creator, which file managers, screen readers and accessibility checkers show.
enum OfficeMetadata {
    static func core(title: String, subject: String? = nil, language: String = "nb-NO") -> String {
        XML.declaration + """
            <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
            xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>\(XML.escape(title))</dc:title>\
            \(subject.map { "<dc:subject>\(XML.escape($0))</dc:subject>" } ?? "")<dc:language>\(language)</dc:language>\
            <dc:creator>KostraKit</dc:creator></cp:coreProperties>
            """
    }
}
