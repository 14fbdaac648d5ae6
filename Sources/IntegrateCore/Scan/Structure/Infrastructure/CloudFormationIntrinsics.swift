import Foundation
import Yams

/// The logical ids a CloudFormation value refers to, through the short (`!Ref X`, `!GetAtt X.Arn`,
/// `!Sub "${X}"`) and long (`{"Ref": "X"}`, `{"Fn::GetAtt": ["X", "Arn"]}`, `Fn::Sub`) forms of the
/// intrinsic functions, at any depth (`!If`, `!Join`, `!Select` wrap them). Pseudo parameters
/// (`AWS::Region`) are not ids.
enum CloudFormationIntrinsics {
    static func references(_ node: Node) -> [String] {
        var ids: [String] = []
        collect(node, into: &ids)
        var seen: Set<String> = []
        return ids.filter { !$0.hasPrefix("AWS::") && !$0.isEmpty && seen.insert($0).inserted }
    }

    private static func collect(_ node: Node, into ids: inout [String]) {
        let tag = node.tag.rawValue
        switch node {
        case .scalar(let scalar):
            switch tag {
            case "!Ref": ids.append(scalar.string)
            case "!GetAtt": ids.append(String(scalar.string.prefix { $0 != "." }))
            case "!Sub": ids += substitutions(scalar.string)
            default: break
            }
        case .sequence(let sequence):
            if tag == "!GetAtt", let first = sequence.first?.scalar?.string {
                ids.append(first)
            } else if tag == "!Sub", let text = sequence.first?.scalar?.string {
                ids += substitutions(text)
                for item in sequence.dropFirst() { collect(item, into: &ids) }
            } else {
                for item in sequence { collect(item, into: &ids) }
            }
        case .mapping(let mapping):
            for (key, value) in mapping {
                switch key.scalar?.string {
                case "Ref": if let id = value.scalar?.string { ids.append(id) }
                case "Fn::GetAtt":
                    if let text = value.scalar?.string { ids.append(String(text.prefix { $0 != "." })) }
                    else if let first = value.sequence?.first?.scalar?.string { ids.append(first) }
                case "Fn::Sub":
                    if let text = value.scalar?.string { ids += substitutions(text) }
                    else if let sequence = value.sequence {
                        if let text = sequence.first?.scalar?.string { ids += substitutions(text) }
                        for item in sequence.dropFirst() { collect(item, into: &ids) }
                    }
                default: collect(value, into: &ids)
                }
            }
        case .alias:
            break
        }
    }

    /// `${Api}` and `${Table.Arn}` in a `Fn::Sub` string; `${!Literal}` is an escape.
    static func substitutions(_ text: String) -> [String] {
        TargetExpression.matches(#"\$\{([A-Za-z0-9:]+)(?:\.[A-Za-z0-9.]+)?\}"#, in: text).map { $0[1] }
    }

    /// A plain literal (no intrinsic tag, no substitution): a physical name as written.
    static func literal(_ node: Node?) -> String? {
        guard let node, case .scalar(let scalar) = node, !node.tag.rawValue.hasPrefix("!") else { return nil }
        let text = scalar.string
        return text.isEmpty || text.contains("${") ? nil : text
    }

    /// An SSM parameter path with its substitutions blanked (`/shop/${Env}/orders/url` and
    /// `/shop/{Env}/orders/url` both read `/shop/{}/orders/url`), so writer and reader meet.
    static func parameterPath(_ text: String) -> String? {
        guard text.hasPrefix("/") else { return nil }
        return text.replacingOccurrences(of: #"\$?\{[^}]*\}"#, with: "{}", options: .regularExpression)
    }
}
