import Foundation
import Synchronization

/// A one-line progress count for long work (a scan of a large tree, a large spec diff), shown
/// on standard error only when it is a terminal: piped or redirected output never gets it.
/// Updates are throttled (at most one every 100 ms) and the line is cleared when done, so
/// nothing of it is left in the scrollback.
public final class TerminalProgress: Sendable {
    private struct State {
        var done = 0
        var lastDraw: UInt64 = 0
        var drawn = false
    }

    let label: String
    let total: Int
    private let output: @Sendable (String) -> Void
    private let state = Mutex(State())

    /// Progress to an arbitrary sink (tests); `onTerminal` is the one the tool uses.
    init(label: String, total: Int, output: @escaping @Sendable (String) -> Void) {
        self.label = label
        self.total = total
        self.output = output
    }

    /// Progress on standard error, or `nil` when it is not a terminal or the work is small.
    public static func onTerminal(label: String, total: Int, minimum: Int) -> TerminalProgress? {
        guard total >= minimum, isatty(STDERR_FILENO) == 1 else { return nil }
        return TerminalProgress(label: label, total: total) { text in FileHandle.standardError.write(Data(text.utf8)) }
    }

    public func advance(by count: Int = 1) {
        let now = DispatchTime.now().uptimeNanoseconds
        let line: String? = state.withLock { state in
            state.done = min(total, state.done + count)
            guard now - state.lastDraw >= 100_000_000 || state.done == total else { return nil }
            state.lastDraw = now
            state.drawn = true
            return "\r\u{1B}[K\(label) \(state.done)/\(total)"
        }
        if let line { output(line) }
    }

    /// Clears the line (when anything was drawn).
    public func finish() {
        if state.withLock({ $0.drawn }) { output("\r\u{1B}[K") }
    }
}
