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
        #expect(RelativeLink.path(from: URL(fileURLWithPath: from), to: URL(fileURLWithPath: to)) == expected)
    }
}

@Suite struct SecretValueTests {
    @Test(arguments: [
        ("STRIPE_SECRET_KEY=sk_test_abc", true),
        ("      STRIPE_SECRET_KEY: ${STRIPE_SECRET_KEY}", false),
        ("      - STRIPE_SECRET_KEY=${STRIPE_SECRET_KEY}", false),
        ("      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:-changeme}", true),
        ("TOKEN=", false),
        ("  password: \"hunter2\"  # old", true),
        ("  - name: DB_PASSWORD", false),
    ])
    func aSecretIsCommittedOnlyWhenTheFileGivesItsValue(line: String, literal: Bool) {
        let key = line.contains("STRIPE") ? "STRIPE_SECRET_KEY" : line.contains("POSTGRES") ? "POSTGRES_PASSWORD" : line.contains("TOKEN") ? "TOKEN" : line.contains("DB_PASSWORD") ? "DB_PASSWORD" : "password"
        #expect(ImplementationPhase.holdsLiteralValue(line, key: key) == literal)
    }
}

@Suite("Run options: the home folder")
struct HomeFolderTests {
    @Test func homeIsReadFromTheEnvironmentFirst() {
        #expect(RunOptions.homeFolder(environment: ["HOME": "/somewhere/else"]).path == "/somewhere/else")
        #expect(RunOptions.homeFolder(environment: [:]).path == FileManager.default.homeDirectoryForCurrentUser.path)
    }
}
