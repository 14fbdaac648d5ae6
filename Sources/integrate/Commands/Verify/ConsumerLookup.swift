import Foundation
import IntegrateCore
import IntegrateVerify

/// The project's components that call each operation of the verified API.
struct ConsumerLookup: Sendable {
    var callers: @Sendable (VerifyOperationID) -> [String]

    static let none = ConsumerLookup { _ in [] }

    /// Scans `project` once; an unreadable project gives no consumers and a note on standard error.
    static func scan(project: String, spec: String, document: OpenAPIDocument) -> ConsumerLookup {
        let root = URL(fileURLWithPath: project).standardizedFileURL
        let landscape: Landscape
        do { landscape = try ProjectScanner().scan(root: root).landscape } catch {
            FileHandle.standardError.write(Data("note: no consumers: the project at \(project) could not be scanned: \(error)\n".utf8))
            return .none
        }
        let specURL = URL(fileURLWithPath: spec).standardizedFileURL.path
        let relative = specURL.hasPrefix(root.path + "/") ? String(specURL.dropFirst(root.path.count + 1)) : nil
        let provider = ConsumerImpact.provider(specPath: relative, servers: document.servers, in: landscape)
        let calls = ConsumerImpact.candidateCalls(landscape)
        return ConsumerLookup { operation in
            let found = ConsumerImpact.callers(method: operation.method, path: operation.pathTemplate, calls: calls, provider: provider, landscape: landscape)
            return Array(Set(found.compactMap(\.component))).sorted()
        }
    }
}
