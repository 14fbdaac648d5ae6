import Foundation

/// The production source text of each component, read on demand: the files whose owner is the
/// component (`ProjectFiles.owner`), plus those of the libraries it is built from. Test code is
/// left out; so are deployment and config files (they state wiring, they do not use it).
struct ComponentSources {
    private let components: [Component]
    private let walked: [WalkedFile]
    /// Source files by owning component, built on the first question (most scans ask none).
    private var files: [String: [WalkedFile]]?
    private var texts: [String: (raw: String, lowered: String)?] = [:]

    init(files: [WalkedFile], components: [Component]) {
        self.components = components
        walked = files
    }

    private mutating func filesByOwner() -> [String: [WalkedFile]] {
        if let files { return files }
        var byOwner: [String: [WalkedFile]] = [:]
        for file in walked where Language.detect(path: file.path) != nil && TestScope.of(path: file.path) == .production {
            if let owner = ProjectFiles.owner(of: file.path, in: components) { byOwner[owner, default: []].append(file) }
        }
        files = byOwner
        return byOwner
    }

    /// The component's code (its own files, then its libraries'), or `nil` when it has none here
    /// (an image-only service): nothing can then be said about what it uses.
    mutating func text(of component: String) -> (raw: String, lowered: String)? {
        if let cached = texts[component] { return cached }
        let owners = [component] + LibraryPassThrough(components: components).libraries(of: component)
        let byOwner = filesByOwner()
        let parts = owners.flatMap { byOwner[$0] ?? [] }.compactMap { file in
            FileBytes.read(path: file.url.path, sizeHint: file.size).map { String(decoding: $0, as: UTF8.self) }
        }
        let result = parts.isEmpty ? nil : (raw: parts.joined(separator: "\n"), lowered: parts.joined(separator: "\n").lowercased())
        texts[component] = result
        return result
    }
}
