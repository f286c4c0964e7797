import ArgumentParser
import Foundation
import KostraModel

/// The command line's exit statuses, decided once from the kind of failure each error reports.
///
/// 1 is any request that cannot be answered as given (an unknown name, a bad file, figures that
/// do not allow the computation); scripts that need to tell "try again later" from "fix the input"
/// read the others. ArgumentParser's own usage errors keep its 64, and a partial fetch exits 3.
enum ExitStatus {
    static let cannotAnswer: Int32 = 1
    static let partialFetch: Int32 = 3
    /// The database is busy or read-only, or a program the command needs (Chromium) is missing.
    static let unavailable: Int32 = 4
    /// SSB or another publisher answered wrongly or not at all.
    static let upstream: Int32 = 5
    /// A fault in the installation or the program itself (EX_SOFTWARE).
    static let internalFailure: Int32 = 70

    static func code(for kind: FailureKind) -> Int32 {
        switch kind {
        case .notFound, .invalidInput, .cannotCompute: cannotAnswer
        case .unavailable: unavailable
        case .upstream: upstream
        case .internalFailure: internalFailure
        }
    }
}
