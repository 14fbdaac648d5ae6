import Foundation

/// Parses an HTTP `Retry-After` header value (RFC 9110 §10.2.3) into a delay.
public enum RetryAfterParser {
    /// The delay for `value`, either delta-seconds (`"120"`) or an IMF-fixdate
    /// (`"Sun, 06 Nov 1994 08:49:37 GMT"`) measured from `now`; nil when unparseable.
    /// A date in the past yields `.zero`.
    public static func delay(from value: String, now: Date = Date()) -> Duration? {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        if let seconds = Int(trimmed) {
            return seconds >= 0 ? .seconds(seconds) : nil
        }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        guard let date = formatter.date(from: trimmed) else { return nil }
        let interval = date.timeIntervalSince(now)
        return interval <= 0 ? .zero : .milliseconds(Int64((interval * 1000).rounded()))
    }
}
