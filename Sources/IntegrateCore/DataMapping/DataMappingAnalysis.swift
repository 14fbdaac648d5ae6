import Foundation

/// Everything Phase 3 concludes about data, in the order it is derived:
/// 1. the schema catalog (contracts and schema files read into shapes),
/// 2. which integration uses which operation or topic,
/// 3. copies of one contract that drift apart (compared with the contracts diff engine),
/// 4. producer against consumer payloads (contract or code type against the consumer's decode type),
/// 5. sensitive fields and where they travel,
/// 6. the tables and entities each component maps in each store.
/// A pure function of the project files and the landscape; it writes nothing.
public struct DataMappingAnalysis: Sendable {
    public var catalog: SchemaCatalog
    public var uses: [IntegrationUse]
    public var drifts: [ContractDrift]
    var sensitive: [SensitiveFieldFinder.Hit]
    var payloads: [PayloadChecker.Checked]
    var mismatches: [PayloadChecker.Mismatch]
    /// Per database id, the tables each component maps there.
    var tables: [String: StoreTableFinder.StoreTables]
    /// Project-relative paths of the files the analysis may read (the scan's walk).
    public var files: [String]

    public init(root: URL, landscape: Landscape, files: [String]? = nil, sources: SourceCache? = nil) {
        let listed = files ?? Self.walk(root)
        self.files = listed
        catalog = SchemaCatalog.build(root: root, landscape: landscape, files: listed)
        uses = IntegrationUseFinder(landscape: landscape, catalog: catalog).uses()
        drifts = ContractCopyFinder(landscape: landscape, catalog: catalog).drifts()
        let cache = sources ?? SourceCache(root: root)
        sensitive = SensitiveFieldFinder(landscape: landscape, catalog: catalog, uses: uses, sources: cache).hits()
        (payloads, mismatches) = PayloadChecker(catalog: catalog, landscape: landscape, files: listed, sources: cache).check(uses)
        tables = StoreTableFinder(landscape: landscape, files: listed, sources: cache).find()
    }

    /// The files the scan would walk (same ignore rules); empty when the walk fails.
    static func walk(_ root: URL) -> [String] {
        ((try? FileWalker().walk(root: root))?.files ?? []).map(\.path)
    }
}
