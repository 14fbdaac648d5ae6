import Foundation

/// JSON with sorted keys and pretty printing, so equal values always give equal bytes; the one
/// JSON encoder of `integrate`'s own output (state, landscape, `--format json`).
public enum StableJSON {
    /// `value` as stable JSON ending in a newline; `{}` for a value that cannot be encoded
    /// (only a non-finite number can fail, and the landscape and state hold none).
    public static func encode<T: Encodable>(_ value: T) -> String {
        (try? encoded(value)) ?? "{}\n"
    }

    /// `value` as stable JSON ending in a newline; throws when it cannot be encoded.
    public static func encoded<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }
}
