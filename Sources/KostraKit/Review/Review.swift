/// The tools of an external review: growth decomposition, ratio tables, socio-economic peers, long-term recipients and the review's slide deck.
///
/// Handed out by ``Workspace/review``; one of the use-case types by capability.
public struct Review: ReadingUseCase {
    let reading: Reading

    package init(reading: Reading) {
        self.reading = reading
    }
}
