import Foundation
@testable import IntegrateCore

/// Scans a throwaway project with the structural scanner only.
func structuralFacts(_ files: [String: String]) throws -> (StructuralFacts, TestProject) {
    let project = try TestProject(files: files)
    let walk = try FileWalker().walk(root: project.root)
    return (StructuralScanner().scan(root: project.root, files: walk.files), project)
}
