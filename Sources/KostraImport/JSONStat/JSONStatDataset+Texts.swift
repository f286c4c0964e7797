extension JSONStatDataset {
    /// Why a text cell is not stored, worded alike for every such cell so imports count them together.
    public static let textCellReason = "the cell holds text, not a number; KostraKit stores numbers and SSB's symbols only"

    /// Every cell whose `value` is a string, as a skipped cell with its codes and text.
    public func textCellsSkipped() -> [SkippedCell] {
        texts.keys.sorted().map { index in
            let place = zip(ids, codes(at: index)).map { "\($0)=\($1)" }.joined(separator: ", ")
            return SkippedCell(place: place + " («\(texts[index]?.prefix(40) ?? "")»)", reason: Self.textCellReason)
        }
    }
}
