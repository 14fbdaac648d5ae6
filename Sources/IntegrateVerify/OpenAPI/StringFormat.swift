import Foundation

/// The string formats a response is checked against and a sample is generated for. Formats not
/// listed here (`byte`, `password`, custom ones) are accepted as any string.
public enum StringFormat: String, Sendable, CaseIterable {
    case dateTime = "date-time"
    case date
    case time
    case uuid
    case email
    case uri
    case ipv4
    case ipv6

    /// Whether `text` is a valid value of this format (RFC 3339 dates, RFC 4122 UUIDs, …).
    public func accepts(_ text: String) -> Bool {
        switch self {
        case .dateTime: Self.matches(text, #"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$"#)
        case .date: Self.matches(text, #"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$"#)
        case .time: Self.matches(text, #"^\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})?$"#)
        case .uuid: Self.matches(text, #"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"#)
        case .email: Self.matches(text, #"^[^@\s]+@[^@\s]+\.[^@\s]+$"#)
        case .uri: URL(string: text)?.scheme != nil
        case .ipv4: Self.matches(text, #"^((25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(25[0-5]|2[0-4]\d|1?\d?\d)$"#)
        case .ipv6: text.contains(":") && Self.matches(text, #"^[0-9a-fA-F:.]+$"#)
        }
    }

    /// A fixed valid value, so that runs are reproducible.
    public var sample: String {
        switch self {
        case .dateTime: "2024-01-02T03:04:05Z"
        case .date: "2024-01-02"
        case .time: "03:04:05Z"
        case .uuid: "3f2b6a1e-8c4d-4e5f-9a0b-1c2d3e4f5a6b"
        case .email: "someone@example.com"
        case .uri: "https://example.com/a"
        case .ipv4: "192.0.2.1"
        case .ipv6: "2001:db8::1"
        }
    }

    private static func matches(_ text: String, _ pattern: String) -> Bool {
        text.range(of: pattern, options: .regularExpression) != nil
    }
}
