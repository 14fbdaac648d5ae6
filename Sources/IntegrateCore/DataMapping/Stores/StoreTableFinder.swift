import Foundation

/// The tables, collections and entities each component maps in each data store it uses, read
/// from the component's files (ORM models, migrations, `CREATE TABLE`) with `TableMappingRule`s.
/// A component's table is placed in each database it uses of the matching family (document
/// rules to MongoDB-style stores, the rest to relational ones; any of its databases when it
/// uses none of that family). A table two components map in one store is a shared table.
struct StoreTableFinder {
    /// One store's tables: per component the tables it maps, and those mapped by several.
    struct StoreTables: Sendable, Hashable {
        var store: String
        var tables: [String: [String]]
        var shared: [String]
        var evidence: [Evidence]
    }

    let landscape: Landscape
    let files: [String]
    let sources: SourceCache
    let rules: [TableMappingRule]

    init(landscape: Landscape, files: [String], sources: SourceCache, rules: [TableMappingRule] = TableMappingRule.all) {
        self.landscape = landscape
        self.files = files
        self.sources = sources
        self.rules = rules
    }

    static let documentSystems = ["mongodb", "mongo", "cosmosdb", "documentdb", "couchdb", "firestore"]

    func find() -> [String: StoreTables] {
        let databases = landscape.resources.filter { $0.kind == .database }
        var result: [String: StoreTables] = [:]
        let compiled = rules.compactMap { rule in rule.compiled().map { (rule, $0) } }
        for component in Set(databases.flatMap(\.usedBy)).sorted() {
            guard let folder = landscape.component(component)?.path else { continue }
            let used = databases.filter { $0.usedBy.contains(component) }
            for path in files where ProjectFiles.contains(folder: folder, path: path) && TableMappingRule.code.contains(where: path.hasSuffix) {
                for (index, line) in sources.lines(path).enumerated() {
                    for (rule, regex) in compiled {
                        guard let table = rule.table(in: line, path: path, regex: regex) else { continue }
                        let family = used.filter { Self.documentSystems.contains($0.system.lowercased()) == rule.document }
                        for store in family.isEmpty ? used : family {
                            var entry = result[store.id] ?? StoreTables(store: store.id, tables: [:], shared: [], evidence: [])
                            if !(entry.tables[component] ?? []).contains(table) { entry.tables[component, default: []].append(table) }
                            entry.evidence.append(Evidence(path: path, line: index + 1, snippet: line.trimmingCharacters(in: .whitespaces)))
                            result[store.id] = entry
                        }
                        break
                    }
                }
            }
        }
        for (id, var entry) in result {
            let owners = Dictionary(grouping: entry.tables.flatMap { component, tables in tables.map { (key: CatalogNames.normalized($0), component: component, name: $0) } }, by: \.key)
            entry.shared = owners.values.filter { Set($0.map(\.component)).count > 1 }.compactMap { $0.first?.name }.sorted()
            result[id] = entry
        }
        return result
    }
}
