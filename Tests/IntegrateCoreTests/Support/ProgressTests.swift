import Foundation
import Synchronization
import Testing
@testable import IntegrateCore

@Suite("Progress")
struct ProgressTests {
    @Test func countsOnOneLineAndClearsIt() {
        let written = Mutex<[String]>([])
        let progress = TerminalProgress(label: "scanning", total: 3) { text in written.withLock { $0.append(text) } }
        progress.advance()
        progress.advance(by: 5)
        progress.finish()
        let lines = written.withLock { $0 }
        #expect(lines.first == "\r\u{1B}[Kscanning 1/3")
        #expect(lines.contains("\r\u{1B}[Kscanning 3/3"))
        #expect(lines.last == "\r\u{1B}[K")
    }

    @Test func nothingWhenStandardErrorIsNotATerminalOrTheWorkIsSmall() {
        // `swift test` runs with standard error piped or redirected; a terminal run would see one.
        if isatty(STDERR_FILENO) == 0 {
            #expect(TerminalProgress.onTerminal(label: "x", total: 10_000, minimum: 1) == nil)
        }
        #expect(TerminalProgress.onTerminal(label: "x", total: 1, minimum: 2) == nil)
    }
}
