import Foundation
import Testing
@testable import IntegrateCore

@Suite struct ProjectRootTests {
    @Test("The project root is the nearest parent with .claude/integrations or .git")
    func nearestMarkedParent() throws {
        let project = try TestProject(files: [
            "shop/.claude/integrations/integrations-checklist.md": "# x\n",
            "shop/contracts/orders.v1.yaml": "openapi: 3.1.0\n",
            ".git/HEAD": "ref: refs/heads/main\n",
        ])
        let shop = project.root.appendingPathComponent("shop")
        #expect(ProjectRoot.find(from: shop.appendingPathComponent("contracts"))?.path == shop.standardizedFileURL.path)
        #expect(ProjectRoot.find(from: shop)?.path == shop.standardizedFileURL.path)
        #expect(ProjectRoot.find(from: project.root.appendingPathComponent("other"))?.path == project.root.standardizedFileURL.path, "else the git root")
    }
}
