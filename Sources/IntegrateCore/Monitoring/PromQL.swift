import Foundation

/// Text that is safe inside PromQL, Prometheus rule names and YAML, whatever a project's names
/// hold: label values are escaped, never dropped, so two names stay two series.
enum PromQL {
    /// A PromQL string literal: `"…"` with `\`, `"` and control characters escaped.
    static func string(_ value: String) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\x" + hex(scalar.value, width: 2)
                } else if YAMLText.breaksLines(scalar) {
                    out += "\\u" + hex(scalar.value, width: 4)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// A matcher `name="value"` (or `name=~"value"` for a regex).
    static func matcher(_ name: String, _ op: String = "=", _ value: String) -> String {
        name + op + string(value)
    }

    /// `value` as a RE2 regular expression matching itself literally.
    static func regexLiteral(_ value: String) -> String {
        var out = ""
        for character in value {
            if "\\.+*?()|[]{}^$".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }

    /// A value usable in metric, rule and file names: lowercase letters, digits and `_`,
    /// never empty, never starting with a digit. Distinct inputs can meet (`a-b`, `a.b`): callers
    /// that need uniqueness use ``unique(_:taken:)``.
    static func identifier(_ value: String) -> String {
        var out = ""
        var lastWasSeparator = false
        for scalar in value.lowercased().unicodeScalars {
            if (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9") {
                out.unicodeScalars.append(scalar)
                lastWasSeparator = false
            } else if !lastWasSeparator && !out.isEmpty {
                out += "_"
                lastWasSeparator = true
            }
        }
        while out.hasSuffix("_") { out.removeLast() }
        if out.isEmpty { return "unnamed" }
        if let first = out.unicodeScalars.first, first >= "0" && first <= "9" { out = "_" + out }
        return out
    }

    /// `base`, or `base_2`, `base_3`… when already taken; records the result in `taken`.
    static func unique(_ base: String, taken: inout Set<String>) -> String {
        var candidate = base
        var counter = 2
        while taken.contains(candidate) {
            candidate = "\(base)_\(counter)"
            counter += 1
        }
        taken.insert(candidate)
        return candidate
    }

    private static func hex(_ value: UInt32, width: Int) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
