import Foundation

/// Scalars for the YAML files the tool writes by hand (monitoring files, exports): hand-written so
/// the bytes are stable and readable; every value that comes from the project is quoted here.
enum YAMLText {
    /// A double-quoted YAML scalar; escapes `\`, `"` and control characters.
    static func quoted(_ value: String) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || breaksLines(scalar) {
                    let digits = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// C1 controls, the Unicode line and paragraph separators and the byte-order mark: YAML 1.1
    /// parsers (Prometheus uses one) take some of them for line breaks.
    static func breaksLines(_ scalar: Unicode.Scalar) -> Bool {
        (0x80...0x9F).contains(scalar.value) || scalar.value == 0x2028 || scalar.value == 0x2029 || scalar.value == 0xFEFF
    }

    /// A YAML single-quoted scalar: only `'` needs doubling; used for PromQL on one line, which
    /// is full of `"` and `\` that single quotes keep verbatim.
    static func singleQuoted(_ value: String) -> String {
        "'" + value.replacingOccurrences(of: "'", with: "''") + "'"
    }
}
