import Testing
@testable import IntegrateCore

@Suite struct ResiliencePoliciesTests {
    @Test func recommendsOnlyTheCallersOwnEcosystem() {
        let dotnet = ResiliencePolicies.render(callers: [.csharp])
        #expect(dotnet.contains("Microsoft.Extensions.Http.Resilience"))
        #expect(!dotnet.contains("IntegrationKit"), "a .NET team is not pointed at Swift's IntegrationKit")
        #expect(!dotnet.contains("Resilience4j"))
        let swift = ResiliencePolicies.render(callers: [.swift])
        #expect(swift.contains("IntegrationKit"))
        #expect(!swift.contains("Polly"))
        #expect(!ResiliencePolicies.render(callers: []).contains("Where the callers"))
    }

    @Test func theLibraryListIsNotReadAsATableRow() throws {
        let lines = ResiliencePolicies.render(callers: [.go]).split(separator: "\n", omittingEmptySubsequences: false)
        let intro = try #require(lines.firstIndex { $0.hasPrefix("Where the callers") })
        #expect(lines[intro - 1].isEmpty, "without a blank line Markdown continues the table with the next line")
        #expect(lines[intro - 2].hasPrefix("|"))
    }
}
