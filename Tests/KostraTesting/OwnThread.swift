public import Foundation

/// Runs blocking work (waiting for a child process) on a thread of its own and resumes the
/// caller when it is done.
///
/// Swift Testing runs tests as tasks on a few cooperative threads (two on a 2-core machine). A
/// test that waited for `kostra`, LibreOffice or poppler on one of them starved every other test
/// in the meantime, including servers answering HTTP clients with read timeouts; a thread made
/// for the wait leaves them free.
public func onOwnThread<Value: Sendable>(_ work: @escaping @Sendable () throws -> Value) async throws -> Value {
    try await withCheckedThrowingContinuation { continuation in
        Thread.detachNewThread { continuation.resume(with: Result { try work() }) }
    }
}
