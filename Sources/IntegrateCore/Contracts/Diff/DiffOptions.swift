import Foundation

/// Settings of one diff run.
public struct DiffOptions: Sendable {
    /// Today's date as `yyyy-MM-dd`, for sunset comparisons (injected, so tests are stable).
    public var today: String

    public init(today: String = DiffOptions.currentDate()) {
        self.today = today
    }

    public static func currentDate() -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: Date())
    }
}
