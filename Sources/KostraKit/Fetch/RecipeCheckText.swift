import KostraModel

/// The text `kostra recipes check` prints (English, like all CLI output).
public enum RecipeCheckText {
    public static func render(_ report: RecipeCheckReport) -> String {
        var lines = ["Recipes checked against SSB's table metadata; user recipe file: \(report.recipeFile ?? "none")."]
        for row in report.rows {
            let recipe = row.recipe
            var head = "\(row.indicator) — \(recipe.method.rawValue)"
            if row.inProfile { head += ", in the profile" }
            switch recipe.method {
            case .derived: head += ": \(recipe.formula.split(separator: ",").first ?? "")"
            case .imported: head += ": \(recipe.importedFrom ?? recipe.source)"
            case .unavailable: head += ": no source found (\(recipe.confidence))"
            case .sum, .ratio: break
            }
            if !row.resolvable, let reason = row.reason { head += " — UNRESOLVED: \(reason)" }
            lines.append(head)
            for part in row.parts {
                let place = "  \(part.table) \(part.era)"
                if let failure = part.failure {
                    lines.append("\(place): UNRESOLVED: \(failure)")
                    continue
                }
                guard let resolution = part.resolution else { continue }
                for dimension in resolution.dimensions {
                    if let how = dimension.how {
                        let pairs = zip(dimension.codes, dimension.labels).map { "\($0) «\($1)»" }.joined(separator: " + ")
                        let by = how == .pinned ? "pinned in \(resolution.pinFile ?? "the user recipe file")" : "by \(how.rawValue)"
                        lines.append("\(place): \(dimension.dimension) = \(pairs) (\(by))")
                    } else {
                        var line = "\(place): \(dimension.dimension) UNRESOLVED: \(dimension.problem ?? "")"
                        if !dimension.closest.isEmpty { line += "; closest: \(dimension.closest.joined(separator: ", "))" }
                        lines.append(line)
                    }
                }
                for problem in resolution.problems {
                    lines.append("\(place): UNRESOLVED: \(problem)")
                }
            }
        }
        let resolved = report.profileIndicatorCount - report.unresolvedProfileIndicators.count
        var last = "Profile: \(resolved) of \(report.profileIndicatorCount) indicators can be filled"
        if report.unresolvedProfileIndicators.isEmpty {
            last += "."
        } else {
            last +=
                "; unresolved: \(report.unresolvedProfileIndicators.joined(separator: ", ")). Pin a code with 'kostra recipes pin INDICATOR TABLE DIMENSION=CODE'."
        }
        lines.append(last)
        return lines.joined(separator: "\n") + "\n"
    }
}
