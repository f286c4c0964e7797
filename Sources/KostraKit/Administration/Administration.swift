/// The definitions the workspace works from: municipalities and code changes from KLASS.
///
/// Handed out by ``Workspace/administration``; one of the use-case types by capability.
public struct Administration: UseCase {
    let workspace: Workspace
}
