/// A municipality against a comparison (a network, peers, a KOSTRA group or the country): profiles, series, averages, resource use and efficiency.
///
/// Handed out by ``Workspace/comparisons``; one of the use-case types by capability.
public struct Comparisons: UseCase {
    let workspace: Workspace
}
