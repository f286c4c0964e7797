/// Figures in: files (published figures, JSON-stat, Statbank CSV, NAV), SSB's PxWebApi through the recipes, and the recipes' checks.
///
/// Handed out by ``Workspace/imports``; one of the use-case types by capability.
public struct Imports: UseCase {
    let workspace: Workspace
}
