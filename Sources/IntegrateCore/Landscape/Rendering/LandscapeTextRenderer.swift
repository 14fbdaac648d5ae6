import Foundation

/// The landscape as a terminal summary: components with their points, resources, edges, specs,
/// config keys (secrets by location only) and unresolved targets; with `verbose`, also the
/// skipped paths and diagnostics.
public enum LandscapeTextRenderer {
    public static func render(_ result: ScanResult, verbose: Bool = false) -> String {
        let landscape = result.landscape
        let unresolved = Set(landscape.unresolved)
        var lines: [String] = []
        let production = landscape.productionPoints.count
        lines.append("\(landscape.components.count) components, \(landscape.points.count) integration points "
            + "(\(production) production, \(landscape.points.count - production) test), \(landscape.resources.count) resources, "
            + "\(landscape.edges.count) edges, \(landscape.unresolved.count) unresolved")
        if !landscape.languages.isEmpty {
            lines.append("languages: " + landscape.languages.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
        }

        section("Components", &lines)
        for component in landscape.components {
            var detail = [component.path.map { $0.isEmpty ? "./" : $0 + "/" } ?? "no source here"]
            if !component.languages.isEmpty { detail.append(component.languages.joined(separator: ", ")) }
            if component.kind == .library { detail.append("library, its edges drawn from its users") }
            if let tier = component.tier { detail.append("\(tier.rawValue) tier") }
            if let image = component.image { detail.append("image \(image)") }
            if !component.hostnames.isEmpty { detail.append("hosts \(component.hostnames.joined(separator: ", "))") }
            lines.append("  \(component.id) (\(detail.joined(separator: "; ")))")
            for point in landscape.points where point.component == component.id { lines.append("    " + describe(point, unresolved)) }
        }
        let orphans = landscape.points.filter { point in point.component == nil || landscape.component(point.component ?? "") == nil }
        if !orphans.isEmpty {
            lines.append("  (outside any component)")
            for point in orphans { lines.append("    " + describe(point, unresolved)) }
        }

        if !landscape.resources.isEmpty {
            section("Resources", &lines)
            for resource in landscape.resources {
                let users = resource.usedBy.isEmpty ? "" : ", used by \(resource.usedBy.joined(separator: ", "))"
                lines.append("  \(resource.id) (\(resource.kind.rawValue), \(resource.system)\(resource.host.map { ", host \($0)" } ?? "")\(users))")
            }
        }
        if !landscape.edges.isEmpty {
            section("Edges", &lines)
            for edge in landscape.edges {
                let topic = edge.topic.map { " `\($0)`" } ?? ""
                let evidence = edge.evidence.first.map { " at \($0.location)" + (edge.evidence.count > 1 ? " (+\(edge.evidence.count - 1))" : "") } ?? ""
                lines.append("  \(edge.from) -> \(edge.to): \(edge.protocol) \(edge.mode.rawValue)\(topic) [\(edge.strength.rawValue)]\(evidence)")
            }
        }
        if !landscape.specs.isEmpty {
            section("API specs", &lines)
            for spec in landscape.specs {
                let title = [spec.title, spec.version].compactMap { $0 }.joined(separator: " ")
                lines.append("  \(spec.path): \(spec.format.rawValue)\(title.isEmpty ? "" : " \"\(title)\"")\(spec.component.map { " (\($0))" } ?? "")")
            }
        }
        if !landscape.config.isEmpty {
            section("Config", &lines)
            for entry in landscape.config {
                let value = entry.kind == .secret ? "secret, value not shown" : (entry.value ?? "(set elsewhere, e.g. a Kubernetes secret)")
                lines.append("  \(entry.evidence.location): \(entry.key) = \(value)\(entry.component.map { " (\($0))" } ?? "")")
            }
        }
        if !landscape.unresolved.isEmpty {
            section("Unresolved", &lines)
            let targets = Dictionary(landscape.points.map { ($0.id, $0.target) }, uniquingKeysWith: { first, _ in first })
            for id in landscape.unresolved {
                let target = (targets[id] ?? nil).map { " -> \(ConfigClassifier.redact($0))" } ?? ""
                lines.append("  \(id)\(target)")
            }
        }
        if verbose {
            section("Diagnostics", &lines)
            lines += result.diagnostics.isEmpty ? ["  none"] : result.diagnostics.map { "  \($0)" }
            section("Skipped", &lines)
            lines += result.skipped.isEmpty ? ["  none"] : result.skipped.map { "  \($0.path): \($0.reason)" }
        } else if !result.diagnostics.isEmpty || !result.skipped.isEmpty {
            lines.append("")
            lines.append("\(result.diagnostics.count) diagnostics, \(result.skipped.count) skipped paths (--verbose lists them)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func section(_ title: String, _ lines: inout [String]) {
        lines.append("")
        lines.append(title)
    }

    private static func describe(_ point: IntegrationPoint, _ unresolved: Set<String>) -> String {
        var text = "\(point.direction.rawValue) \(point.kind.rawValue) \(point.technology)"
        if let method = point.method { text += " \(method)" }
        if let path = point.path { text += " \(path)" }
        if let target = point.target { text += " -> \(ConfigClassifier.redact(target))" }
        if let topic = point.topic { text += " `\(topic)`" }
        if unresolved.contains(point.id) { text += " (unresolved)" }
        if point.scope == .test { text += " [test]" }
        if let evidence = point.evidence.first { text += "  \(evidence.location)" }
        return text
    }
}
