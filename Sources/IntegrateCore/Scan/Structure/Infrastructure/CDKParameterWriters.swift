import Foundation

/// SSM parameters that AWS CDK code (an app with a `cdk.json`) writes (`new ssm.StringParameter(this, "Url", { parameterName:
/// "/shop/" + env + "/billing/api/url", stringValue: api.url })`, Python `parameter_name=f"…"`):
/// the stack publishing a value under that path is the component owning the CDK file, so a
/// CloudFormation template elsewhere that reads the same path (a parameter of type
/// `AWS::SSM::Parameter::Value<String>` given that path) refers to that component.
struct CDKParameterWriters {
    /// Normalised SSM path (`CloudFormationIntrinsics.parameterPath`) -> component id.
    func paths(files: ProjectFiles, components: [Component], diagnostics: inout [Diagnostic]) -> [String: String] {
        var paths: [String: String] = [:]
        // Only CDK apps are read (a folder with `cdk.json` and what lies under it), so the
        // project's other sources are not opened again.
        let apps = files.files.filter { ProjectFiles.name($0.path) == "cdk.json" }.map { ProjectFiles.folder($0.path) }
        guard !apps.isEmpty else { return [:] }
        for file in files.files where Self.isCandidate(file.path) && apps.contains(where: { ProjectFiles.contains(folder: $0, path: file.path) }) {
            guard let owner = ProjectFiles.owner(of: file.path, in: components),
                  components.contains(where: { $0.id == owner && $0.path?.isEmpty == false }),
                  let text = files.text(file, diagnostics: &diagnostics), text.contains("StringParameter") else { continue }
            for expression in Self.parameterNames(in: text) {
                if let path = CloudFormationIntrinsics.parameterPath(expression), paths[path] == nil { paths[path] = owner }
            }
        }
        return paths
    }

    static func isCandidate(_ path: String) -> Bool {
        let lower = path.lowercased()
        return (lower.hasSuffix(".ts") && !lower.hasSuffix(".d.ts")) || lower.hasSuffix(".js") || lower.hasSuffix(".py")
    }

    /// The parameter names written in `text`, as paths with every computed part blanked to `{}`:
    /// `"/shop/" + env + "/x"`, `` `/shop/${env}/x` `` and `f"/shop/{env}/x"` all read `/shop/{}/x`.
    static func parameterNames(in text: String) -> [String] {
        TargetExpression.matches(#"\b(?:parameterName|parameter_name)\s*[:=]\s*([^,\n]+)"#, in: text).compactMap { match in
            var expression = match[1]
            while let last = expression.last, " \t)};".contains(last) { expression.removeLast() }
            let path = blanked(expression.trimmingCharacters(in: .whitespaces))
            return path.hasPrefix("/") ? path : nil
        }
    }

    /// A string expression as literal text with each non-literal part replaced by `{}`.
    static func blanked(_ expression: String) -> String {
        var result = ""
        for part in expression.split(separator: "+").map({ $0.trimmingCharacters(in: .whitespaces) }) {
            var literal = part
            if literal.hasPrefix("f\"") || literal.hasPrefix("f'") { literal.removeFirst() }
            if let quote = literal.first, ["\"", "'", "`"].contains(quote), literal.count >= 2, literal.last == quote {
                result += String(literal.dropFirst().dropLast())
            } else {
                result += "{}"
            }
        }
        return result
    }
}
