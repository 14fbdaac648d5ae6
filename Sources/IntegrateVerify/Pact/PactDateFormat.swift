import Foundation

/// Checks a date, time or date-time text against a Java-style pattern (`yyyy-MM-dd`), or ISO 8601
/// when the pact names none.
enum PactDateFormat {
    static func matches(_ text: String, kind: String, format: String?) -> Bool {
        if let format {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = TimeZone(identifier: "UTC")
            formatter.dateFormat = format
            formatter.isLenient = false
            return formatter.date(from: text) != nil
        }
        switch kind {
        case "date": return PactMatchingRule.fullMatch(#"\d{4}-\d{2}-\d{2}"#, text)
        case "time": return PactMatchingRule.fullMatch(#"\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?"#, text)
        default: return PactMatchingRule.fullMatch(#"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?"#, text)
        }
    }
}
