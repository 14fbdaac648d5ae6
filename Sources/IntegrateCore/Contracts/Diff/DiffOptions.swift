import Foundation

/// Settings of one diff run.
public struct DiffOptions: Sendable {
    /// Today's date as `yyyy-MM-dd`, for sunset comparisons (injected, so tests are stable).
    public var today: String

    public init(today: String = DiffOptions.currentDate()) {
        self.today = today
    }

    public static func currentDate() -> String { CalendarDate.today() }
}
