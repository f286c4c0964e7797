public import KostraModel

/// What `kostra recipes check` found: for every catalogue indicator, how its recipe parts
/// resolve against the tables' metadata, and whether the profile's indicators all have a way in.
public struct RecipeCheckReport: Sendable {
    /// One recipe part's outcome.
    public struct Part: Sendable {
        public var table: String
        public var era: String
        /// The resolution, when the metadata could be read.
        public var resolution: PartResolution?
        /// Why the metadata could not be read (404, not in the cache offline, …).
        public var failure: String?

        public var isResolved: Bool { resolution?.isResolved == true }
    }

    /// One catalogue indicator.
    public struct Row: Sendable {
        public var indicator: IndicatorID
        public var recipe: Recipe
        public var parts: [Part]
        /// Whether a profile lists it.
        public var inProfile: Bool
        /// Whether every figure it needs can be had: its parts resolve, its numerator and
        /// denominator resolve, or it comes from a publisher's file.
        public var resolvable: Bool
        /// Why not, when not.
        public var reason: String?
    }

    public var rows: [Row]
    /// The user recipe file in use, if any.
    public var recipeFile: String?
    /// Profile indicators that cannot be resolved: the check fails when any are left.
    public var unresolvedProfileIndicators: [IndicatorID]
    /// How many profile indicators there are.
    public var profileIndicatorCount: Int

    public var passed: Bool { unresolvedProfileIndicators.isEmpty }
}
