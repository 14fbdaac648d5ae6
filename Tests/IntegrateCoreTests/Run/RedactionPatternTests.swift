import Testing
@testable import IntegrateCore

@Suite struct RedactionPatternTests {
    @Test func theBuiltInPatternsCompile() {
        #expect(SecretRedactor.problems.isEmpty)
        #expect(SecretRedactor.redact("postgres://app:hunter2@db:5432/orders") == "postgres://***@db:5432/orders")
    }

    @Test func aPatternThatDoesNotCompileIsNamedWithItsFileAndRedactsWhole() throws {
        let broken = SecretRedactor.Pattern("broken", "([a-z")
        let problem = try #require(broken.problem)
        #expect(problem.contains("RedactionPatternTests.swift"))
        #expect(problem.contains("`broken`"))
        let good = SecretRedactor.Pattern("good", "x")
        #expect(good.problem == nil)
        #expect(SecretRedactor.redact("user=alice", credentials: good, vendorKeys: good, tokens: broken) == "***")
        #expect(SecretRedactor.redact("user=alice", credentials: good, vendorKeys: good, tokens: good) == "user=alice")
    }
}
