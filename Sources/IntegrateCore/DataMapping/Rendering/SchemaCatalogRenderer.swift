import Foundation

/// The `Schemas` block of `data-mapping.md`: per integration, the operations and topics it uses
/// and the fields of the shapes they carry; then the contracts no integration was seen using,
/// in one line each, and the files that could not be read.
struct SchemaCatalogRenderer {
    let catalog: SchemaCatalog
    let uses: [IntegrationUse]
    /// Shapes shown per integration before the rest are counted.
    static let shapeLimit = 12

    func render() -> String {
        guard !catalog.contracts.isEmpty || !catalog.unreadable.isEmpty else { return Markdown.nothingFound("no contract or schema file, so no schema") }
        var parts: [String] = []
        let groups = Dictionary(grouping: uses, by: \.integrationLabel)
        var shown = Set<String>()
        for label in groups.keys.sorted() {
            let group = groups[label] ?? []
            parts.append("#### \(label)")
            parts.append(Markdown.table(["Operation / topic", "Contract", "Sends", "Returns / payload", "Seen at"], Self.unique(group).map { use in
                let contract = catalog.contracts[use.contract]
                let site = [use.publishSite, use.callSite].compactMap { $0 }
                return [Markdown.code(use.operation.label), Markdown.evidence([use.operation.location], limit: 1) + " (\(contract.format.rawValue))",
                        Markdown.code(use.operation.request), Markdown.code(use.operation.response), site.isEmpty ? "—" : Markdown.evidence(site, limit: 2)]
            }))
            parts.append(fieldTable(Self.unique(group), shown: &shown))
        }
        let used = Set(uses.map(\.contract))
        let unused = catalog.contracts.indices.filter { !used.contains($0) }
        if !unused.isEmpty {
            parts.append("#### Contracts no integration was seen using")
            parts.append(unused.map { index in
                let contract = catalog.contracts[index]
                let names = contract.shapes.prefix(8).map { "`\($0.name)`" }.joined(separator: ", ")
                let more = contract.shapes.count > 8 ? " +\(contract.shapes.count - 8)" : ""
                return "- `\(contract.path)` (\(contract.format.rawValue)\(contract.component.map { ", in `\($0)`" } ?? "")): "
                    + "\(contract.shapes.count) shapes, \(contract.operations.count) operations" + (names.isEmpty ? "" : ": \(names)\(more)")
            }.joined(separator: "\n"))
        }
        if !catalog.unreadable.isEmpty {
            parts.append("#### Not read")
            parts.append(catalog.unreadable.map { "- `\($0.path)`: \($0.reason)" }.joined(separator: "\n"))
        }
        return parts.joined(separator: "\n\n")
    }

    /// One row per contract operation (several call sites of one operation collapse).
    static func unique(_ uses: [IntegrationUse]) -> [IntegrationUse] {
        var seen = Set<String>()
        return uses.filter { seen.insert("\($0.contract)|\($0.operation.label)").inserted }
            .sorted { ($0.operation.label, $0.contract) < ($1.operation.label, $1.contract) }
    }

    /// The fields of every shape the uses carry, with the shapes their fields refer to.
    /// Shapes already listed for an earlier integration are named, not listed again.
    func fieldTable(_ uses: [IntegrationUse], shown: inout Set<String>) -> String {
        var rows: [[String]] = []
        var listed = 0
        var more = 0
        var earlier: [String] = []
        var local = Set<String>()
        for use in uses {
            let contract = catalog.contracts[use.contract]
            var pending = [use.operation.request, use.operation.response].compactMap { $0 }
            var depth = 0
            while !pending.isEmpty && depth < 3 {
                var next: [String] = []
                for name in pending {
                    guard let (shape, _) = SchemaCatalog.shape(name, in: contract) else { continue }
                    let key = "\(contract.path)#\(shape.name)"
                    guard shown.insert(key).inserted else {
                        if !local.contains(key) && !earlier.contains(key) { earlier.append(key) }
                        continue
                    }
                    local.insert(key)
                    listed += 1
                    if listed > Self.shapeLimit { more += 1; continue }
                    rows += Self.rows(shape)
                    next += shape.fields.compactMap(\.reference)
                }
                pending = next
                depth += 1
            }
        }
        var parts: [String] = []
        if !rows.isEmpty { parts.append(Markdown.table(["Shape", "Field", "Type", "Required", "Format", "Values / default", "Defined at"], rows)) }
        if more > 0 { parts.append("_+\(more) more shapes referenced._") }
        if !earlier.isEmpty {
            parts.append("_Listed above: " + earlier.map { key in
                let pieces = key.split(separator: "#", maxSplits: 1).map(String.init)
                return "`\(pieces.last ?? key)` (`\(pieces.first ?? "")`)"
            }.joined(separator: ", ") + "._")
        }
        return parts.isEmpty ? "_No field-level schema for these operations._" : parts.joined(separator: "\n\n")
    }

    static func rows(_ shape: DataShape) -> [[String]] {
        let name = Markdown.code(shape.name)
        switch shape.kind {
        case .enumeration:
            return [[name, "—", "enum", "—", "—", shape.values.map { "`\($0)`" }.joined(separator: ", "), Markdown.evidence([shape.location], limit: 1)]]
        case .list:
            return [[name, "—", "[\(shape.itemType ?? "any")]", "—", "—", "—", Markdown.evidence([shape.location], limit: 1)]]
        case .object:
            guard !shape.fields.isEmpty else { return [[name, "—", "object", "—", "—", "—", Markdown.evidence([shape.location], limit: 1)]] }
            return shape.fields.enumerated().map { offset, field in
                var values = field.enumValues.map { "`\($0)`" }.joined(separator: ", ")
                if let value = field.defaultValue { values += (values.isEmpty ? "" : "; ") + "default `\(value)`" }
                return [offset == 0 ? name : "", Markdown.code(field.name), Markdown.code(field.type), field.required ? "yes" : "no",
                        field.format.map { "`\($0)`" } ?? "—", values.isEmpty ? "—" : values, Markdown.evidence([field.location], limit: 1)]
            }
        }
    }
}
