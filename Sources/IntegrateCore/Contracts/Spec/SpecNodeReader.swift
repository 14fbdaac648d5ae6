import Foundation
import Yams

/// Parses YAML or JSON text into a `SpecNode` tree with line numbers.
///
/// Uses `Yams.compose` (libyaml) and converts its nodes once; parse errors become a
/// `SpecLoadError` carrying the file and the line libyaml reports.
public enum SpecNodeReader {
    public static func read(text: String, file: String, limits: YAMLLimits = .standard) throws -> SpecNode {
        let composed: Node?
        do throws(YAMLLoadError) {
            // Resolver.basic: plain scalars are typed by `scalarValue` (YAML 1.2 core schema), so
            // Yams' regex-based tag resolution would be wasted work on large specs.
            composed = try YAMLLoader.document(text, file: file, limits: limits, resolver: .basic)
        } catch {
            throw SpecLoadError(file: error.file, line: error.line, column: error.column, message: error.message)
        }
        guard let composed else { throw SpecLoadError(file: file, message: "the file is empty") }
        return convert(composed)
    }

    /// Parses only with Yams' defaults, without conversion: the baseline the benchmark compares
    /// the diff against ("merely parsing the files with the same library").
    public static func composeOnly(text: String) throws -> Bool {
        try Yams.compose(yaml: text) != nil
    }

    static func convert(_ node: Node) -> SpecNode {
        let line = (node.mark?.line ?? 0)
        switch node {
        case .scalar(let scalar):
            return SpecNode(scalarValue(scalar), line: line)
        case .mapping(let mapping):
            var object = SpecObject()
            object.keys.reserveCapacity(mapping.count)
            object.entries.reserveCapacity(mapping.count)
            for (key, value) in mapping {
                let name = key.scalar?.string ?? SpecNodeReader.convert(key).compactText
                if object.entries.updateValue(convert(value), forKey: name) == nil { object.keys.append(name) }
            }
            return SpecNode(.object(object), line: line)
        case .sequence(let sequence):
            return SpecNode(.array(sequence.map(convert)), line: line)
        case .alias:
            return SpecNode(.null, line: line)
        }
    }

    /// YAML 1.2 core-schema resolution of plain scalars (quoted scalars are always strings).
    private static func scalarValue(_ scalar: Node.Scalar) -> SpecValue {
        let text = scalar.string
        guard scalar.style == .plain || scalar.style == .any else { return .string(text) }
        switch text {
        case "", "~", "null", "Null", "NULL": return .null
        case "true", "True", "TRUE": return .bool(true)
        case "false", "False", "FALSE": return .bool(false)
        default: break
        }
        guard let first = text.utf8.first, (first >= 48 && first <= 57) || first == 45 || first == 43 || first == 46 else {
            return .string(text)
        }
        if text.utf8.allSatisfy({ ($0 >= 48 && $0 <= 57) || $0 == 45 || $0 == 43 || $0 == 46 || $0 == 101 || $0 == 69 }),
           let number = Double(text) {
            return .number(number, raw: text)
        }
        if text.hasPrefix("0x"), let hex = Int(text.dropFirst(2), radix: 16) { return .number(Double(hex), raw: text) }
        return .string(text)
    }
}
