/// The selection for one variable of a PxWebApi v2 query: which categories, and
/// optionally through which codelist (`codelist[VAR]=id`).
public struct VariableSelection: Sendable, Hashable {
    /// The variable code, e.g. `KOKkommuneregion0000`, `ContentsCode`, `Tid`.
    /// SSB treats variable codes case-insensitively.
    public var variable: String
    /// The categories selected.
    public var filter: SelectionFilter
    /// A codelist id such as `agg_KommSummer`. Codelist ids are case-sensitive at SSB.
    public var codelist: String?

    /// Creates a selection. Explicit codes are de-duplicated, keeping the first occurrence,
    /// because SSB answers a repeated code with HTTP 500 and an empty body.
    public init(variable: String, filter: SelectionFilter, codelist: String? = nil) {
        self.variable = variable
        if case .codes(let codes) = filter {
            var seen = Set<String>()
            self.filter = .codes(codes.filter { seen.insert($0).inserted })
        } else {
            self.filter = filter
        }
        self.codelist = codelist
    }

    /// Explicit codes for a variable.
    public static func codes(_ variable: String, _ codes: [String], codelist: String? = nil) -> VariableSelection {
        VariableSelection(variable: variable, filter: .codes(codes), codelist: codelist)
    }

    /// Every category of a variable (`*`).
    public static func all(_ variable: String, codelist: String? = nil) -> VariableSelection {
        VariableSelection(variable: variable, filter: .all, codelist: codelist)
    }

    /// The first `n` categories of a variable in SSB's `top(n)` sense.
    public static func top(_ variable: String, _ n: Int, codelist: String? = nil) -> VariableSelection {
        VariableSelection(variable: variable, filter: .top(n), codelist: codelist)
    }

    /// Every category from `code` onwards (`from(code)`).
    public static func from(_ variable: String, _ code: String, codelist: String? = nil) -> VariableSelection {
        VariableSelection(variable: variable, filter: .from(code), codelist: codelist)
    }

    /// Every category up to `code` (`to(code)`).
    public static func to(_ variable: String, _ code: String, codelist: String? = nil) -> VariableSelection {
        VariableSelection(variable: variable, filter: .to(code), codelist: codelist)
    }
}
