import Foundation

/// Dates as the tool writes them: `yyyy-MM-dd` in UTC, so output does not depend on the locale
/// or time zone of the machine.
public enum CalendarDate {
    public static func today() -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: Date())
    }
}
