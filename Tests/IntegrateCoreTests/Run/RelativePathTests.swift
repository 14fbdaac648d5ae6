import Foundation
import Testing
@testable import IntegrateCore

@Suite struct RelativePathTests {
    @Test(arguments: [
        ("/p/.claude/integrations", "/p", "../../"),
        ("/p/.claude/integrations/api-contracts", "/p", "../../../"),
        ("/p/docs", "/p", "../"),
        ("/p", "/p", "./"),
        ("/elsewhere/out", "/p/q", "/p/q/"),
    ])
    func linksFromAnArtifactFolderReachTheProjectRoot(from: String, to: String, expected: String) {
        #expect(IntegrationRun.relativePath(from: URL(fileURLWithPath: from), to: URL(fileURLWithPath: to)) == expected)
    }
}
