import Foundation
import Testing
@testable import IntegrateCore

/// `Concurrently.run`: the source and structural passes side by side.
@Suite struct ConcurrentlyTests {
    @Test func returnsBothResultsInTheirOrder() {
        let (a, b) = Concurrently.run({ (1...1_000).reduce(0, +) }, { "structural" })
        #expect(a == 500_500)
        #expect(b == "structural")
    }

    /// The second piece of work runs while the first is still going: the first waits for a
    /// signal only the second sends (run one after the other, this would time out).
    @Test func theTwoRunAtTheSameTime() {
        let started = DispatchSemaphore(value: 0)
        let (sawSecond, _) = Concurrently.run(
            { started.wait(timeout: .now() + 10) == .success },
            { started.signal() })
        #expect(sawSecond)
    }
}
