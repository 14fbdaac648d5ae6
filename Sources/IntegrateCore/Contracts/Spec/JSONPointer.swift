/// Builds RFC 6901 JSON pointers (`/paths/~1orders/get`).
///
/// Called for every node the builder and the diff visit, so escaping avoids Foundation and
/// returns the token unchanged in the common case.
public enum JSONPointer {
    public static func escape(_ token: String) -> String {
        guard token.utf8.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") }) else { return token }
        var result = ""
        result.reserveCapacity(token.utf8.count + 4)
        for character in token {
            switch character {
            case "~": result += "~0"
            case "/": result += "~1"
            default: result.append(character)
            }
        }
        return result
    }

    public static func append(_ pointer: String, _ tokens: String...) -> String {
        var result = pointer
        for token in tokens {
            result.append("/")
            result.append(escape(token))
        }
        return result
    }
}
