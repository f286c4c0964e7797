/// Stored figures as they are: pages of observations, a municipality's series beside its network, the data's version, and the CSV export.
///
/// Handed out by ``Workspace/figures``; one of the use-case types by capability.
public struct Figures: ReadingUseCase {
    let reading: Reading

    package init(reading: Reading) {
        self.reading = reading
    }
}
