/// The tools of an external review: growth decomposition, ratio tables, socio-economic peers, long-term recipients and the review's slide deck.
///
/// Handed out by ``Workspace/review``; one of the use-case types by capability.
public struct Review: UseCase {
    let workspace: Workspace
}
