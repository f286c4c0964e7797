import Foundation
import KostraNarrative

/// Checks that every figure a sentence states is backed by one of its inputs.
enum FigureCheck {
    /// The numbers in `sentence.text` (outside quoted labels) that are neither an input's display,
    /// part of one, nor an input's year.
    static func unbackedFigures(in sentence: CommentarySentence) -> [String] {
        // Indicator labels are quoted «…» and may contain digits ("18-67 år"); they are not figures.
        let text = sentence.text.replacingOccurrences(of: "«[^»]*»", with: "«»", options: .regularExpression)
        let pattern = try? NSRegularExpression(pattern: "(?<![0-9,])\\d+(?: \\d{3})*(?:,\\d+)?")
        let range = NSRange(text.startIndex..., in: text)
        let numbers = (pattern?.matches(in: text, range: range) ?? []).compactMap { Range($0.range, in: text).map { String(text[$0]) } }
        let years = Set(sentence.inputs.map { String($0.year) })
        let displays = sentence.inputs.map(\.display)
        return numbers.filter { number in
            !years.contains(number)
                && !displays.contains { display in
                    display.range(of: "(^|[^0-9,])\(NSRegularExpression.escapedPattern(for: number))($|[^0-9,])", options: .regularExpression) != nil
                }
        }
    }
}
