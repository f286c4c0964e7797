/// The yearly analysis as a document: its content, the commentary and the analyst's notes, written as HTML, PDF, Word or Excel, for one municipality or a whole network.
///
/// Handed out by ``Workspace/reports``; one of the use-case types by capability.
public struct Reports: ReadingUseCase {
    let reading: Reading

    package init(reading: Reading) {
        self.reading = reading
    }
}
