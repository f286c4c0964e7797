import KostraImport
import KostraModel

/// The boundary check (``FigureValidator``) for figures that come from a table rather than
/// from numbered lines: a JSON-stat or Statbank file, or `kostra fetch`'s answers. The error
/// names the region (with its code), the year and the problem.
enum FigureCheck {
    static func requireValid(_ observations: [Observation], definitions: Definitions, origin: String) throws(ImportError) {
        let validator = FigureValidator(catalog: definitions.catalog)
        for figure in observations {
            guard let problem = validator.problem(with: figure) else { continue }
            let region = definitions.regions.region(id: figure.region)
            let code = region?.code(in: figure.year).map { " (\($0))" } ?? ""
            throw .invalidFigure(
                file: origin, place: "the figure for \(region?.name ?? figure.region)\(code) in \(figure.year)", problem: problem)
        }
    }
}
