import Foundation

/// A Go service often ships its own client package in its folder (`services/stock/client.go`:
/// `func NewClient(hostPort string) *Client` dialling gRPC or building an HTTP URL), and another
/// component builds that client (`stock.NewClient(cfg.StockHostPort)`). The call in the client
/// file is made by the constructing component, to the service whose folder holds the package:
/// edge = constructing component -> package's component, citing the construction site and the call.
///
/// A client file is a production Go file of a service that holds an unresolved outbound call, or
/// that builds (`tracing.NewHTTPClient(`) an in-repo wrapper whose file holds one (the wrapper's
/// protocol is taken). Its constructors are its top-level `func New…(`; a caller is a Go file of
/// another, non-library component that imports the package (an import path ending in the
/// package's folder) and calls one of them.
struct GoClientPackages {
    let landscape: Landscape
    let files: [WalkedFile]

    /// One Go source file, read.
    private struct GoFile {
        let path: String
        let text: String
        var folder: String { (path as NSString).deletingLastPathComponent }
        /// Local package names of the in-repo imports (`alias "mod/x/y"` or the last segment), by import path.
        var imports: [String: String] {
            var result: [String: String] = [:]
            for match in text.matches(of: /(?m)^[ \t]*(?:import[ \t]+)?(?:([A-Za-z_]\w*)[ \t]+)?"([^"\s]+)"[ \t]*$/) {
                let path = String(match.2)
                result[path] = match.1.map(String.init) ?? String(path.split(separator: "/").last ?? "")
            }
            return result
        }
        /// Top-level exported constructors (`func NewClient(`).
        var constructors: [String] {
            text.matches(of: /(?m)^func[ \t]+(New\w*)[ \t]*[\[(]/).map { String($0.1) }
        }
    }

    func edges() -> (edges: [Edge], resolved: Set<String>) {
        let unresolved = Set(landscape.unresolved)
        let calls = landscape.points.filter {
            unresolved.contains($0.id) && $0.isOutbound && $0.scope == .production && $0.kind != .publish
                && ($0.evidence.first?.path.hasSuffix(".go") ?? false)
        }
        guard !calls.isEmpty else { return (landscape.edges, []) }
        let goFiles = files.filter { $0.path.hasSuffix(".go") && !$0.path.hasSuffix("_test.go") && TestScope.of(path: $0.path) == .production }
            .compactMap { file in FileBytes.read(path: file.url.path, sizeHint: file.size).map { GoFile(path: file.path, text: String(decoding: $0, as: UTF8.self)) } }
        let folders = Set(goFiles.map(\.folder))
        let components = landscape.components
        func owner(_ path: String) -> Component? {
            ProjectFiles.owner(of: path, in: components).flatMap { id in components.first { $0.id == id } }
        }
        // Per file, the local package name of each in-repo folder it imports.
        var imported: [String: [String: String]] = [:]
        for file in goFiles {
            for (path, name) in file.imports {
                if let folder = ExecutableDetector.localFolder(importPath: path, folders: folders) { imported[file.path, default: [:]][folder] = name }
            }
        }
        func localName(in file: GoFile, of folder: String) -> String? { imported[file.path]?[folder] }
        func callSite(in file: GoFile, package name: String, constructors: [String]) -> Evidence? {
            for (offset, line) in file.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where constructors.contains(where: { line.contains("\(name).\($0)(") }) {
                return Evidence(path: file.path, line: offset + 1, snippet: line.trimmingCharacters(in: .whitespaces))
            }
            return nil
        }
        /// Files that build `file`'s package through one of its constructors, outside `excluded`.
        func builders(of file: GoFile, excluding excluded: String?) -> [(file: GoFile, site: Evidence)] {
            let constructors = file.constructors
            guard !constructors.isEmpty else { return [] }
            return goFiles.compactMap { other in
                guard other.folder != file.folder, let name = localName(in: other, of: file.folder),
                      excluded == nil || owner(other.path)?.id != excluded,
                      let site = callSite(in: other, package: name, constructors: constructors) else { return nil }
                return (other, site)
            }
        }

        // Client files: those holding the call, and those building a wrapper that holds it.
        var clients: [(file: GoFile, point: IntegrationPoint, site: Evidence)] = []
        for point in calls {
            guard let evidence = point.evidence.first, let file = goFiles.first(where: { $0.path == evidence.path }) else { continue }
            // A file whose builders are themselves built elsewhere is a wrapper: its builders
            // are the client files. Otherwise the file itself is the client.
            let built = builders(of: file, excluding: nil).filter { owner($0.file.path)?.kind != .library }
            let wrapped = built.filter { !builders(of: $0.file, excluding: owner($0.file.path)?.id).isEmpty }
            if wrapped.isEmpty {
                clients.append((file, point, evidence))
            } else {
                clients += wrapped.map { ($0.file, point, $0.site) }
            }
        }
        var collector = EdgeCollector()
        for edge in landscape.edges { collector.add(edge) }
        var resolved: Set<String> = []
        for client in clients {
            // The repo root is never the callee: a client there belongs to no one service.
            guard let callee = owner(client.file.path), callee.kind != .library, callee.path?.isEmpty == false else { continue }
            for (caller, site) in builders(of: client.file, excluding: callee.id) {
                guard let from = owner(caller.path), from.kind != .library, from.id != callee.id else { continue }
                collector.add(Edge(from: from.id, to: callee.id, protocol: client.point.protocol, mode: .sync, strength: .call,
                                   points: [client.point.id], evidence: [site, client.site]))
                if client.site == client.point.evidence.first { resolved.insert(client.point.id) }
            }
        }
        return (collector.result(resources: Set(landscape.resources.map(\.id))), resolved)
    }
}
