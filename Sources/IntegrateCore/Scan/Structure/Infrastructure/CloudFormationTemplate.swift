import Foundation
import Yams

/// One parsed CloudFormation/SAM template: its resources in file order, its parameters and its
/// SAM `Globals.Function` section. A document without a `Resources` mapping that declares an
/// `AWS::` type is not a template.
struct CloudFormationTemplate {
    struct Resource {
        var logicalID: String
        var type: String
        var properties: Node?
        var line: Int
    }

    let path: String
    let resources: [Resource]
    let parameters: [(String, Node)]
    let globals: Node?

    init?(document: Node, path: String) {
        guard let resources = document.value("Resources"), resources.mapping != nil else { return nil }
        let declared = resources.pairs.compactMap { pair -> Resource? in
            guard let type = pair.value.text("Type") else { return nil }
            return Resource(logicalID: pair.key, type: type, properties: pair.value.value("Properties"), line: pair.line)
        }
        guard declared.contains(where: { $0.type.hasPrefix("AWS::") }) else { return nil }
        self.path = path
        self.resources = declared
        self.parameters = (document.value("Parameters")?.pairs ?? []).map { ($0.key, $0.value) }
        self.globals = document.value("Globals")?.value("Function")
    }

    var folder: String { ProjectFiles.folder(path) }

    /// The stack's name: its folder's (the file's own name for a template at the root).
    var stackName: String {
        folder.isEmpty ? String(ProjectFiles.name(path).prefix { $0 != "." }) : ProjectFiles.name(folder)
    }

    /// Logical ids that several templates of the project declare.
    var shared: Set<String> = []

    /// `stack/LogicalId` for an id several stacks declare, so their resources stay apart; the
    /// bare logical id otherwise.
    func qualified(_ logicalID: String) -> String {
        folder.isEmpty || !shared.contains(logicalID) ? logicalID : "\(stackName)/\(logicalID)"
    }

    /// The key of a logical id in the detector's node table (ids are per template).
    func key(_ logicalID: String) -> String { path + "#" + logicalID }
}
