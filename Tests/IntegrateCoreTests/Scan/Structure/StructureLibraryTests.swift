import Foundation
import Testing
@testable import IntegrateCore

/// Libraries (no entry point) are not services: what their code integrates with is passed on
/// to every deployable that is built from them.
@Suite("Structure: libraries and manifest references")
struct StructureLibraryTests {
    static let files: [String: String] = [
        "docker-compose.yml": """
            services:
              orders:
                build: ./Services/Orders
              stock:
                build: ./Services/Stock
              rabbit:
                image: rabbitmq:3
            """,
        "Services/Orders/Dockerfile": "FROM scratch\n",
        "Services/Orders/Orders.csproj": """
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <ItemGroup>
                <ProjectReference Include="..\\..\\Shared\\Bus\\Bus.csproj" />
              </ItemGroup>
            </Project>
            """,
        "Services/Stock/Dockerfile": "FROM scratch\n",
        "Services/Stock/Stock.csproj": """
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <ItemGroup>
                <ProjectReference Include="..\\..\\Shared\\Bus\\Bus.csproj" />
              </ItemGroup>
            </Project>
            """,
        "Shared/Bus/Bus.csproj": "<Project Sdk=\"Microsoft.NET.Sdk\">\n</Project>\n",
        "Shared/Bus/RabbitBus.cs": "class RabbitBus {}\n",
    ]

    @Test func projectReferencesAndLibraryKind() throws {
        let (facts, _) = try structuralFacts(Self.files)
        let bus = try #require(facts.components.first { $0.path == "Shared/Bus" })
        #expect(bus.kind == .library)
        #expect(facts.components.first { $0.id == "orders" }?.uses == [bus.id])
        #expect(facts.components.first { $0.id == "orders" }?.kind == .service)
    }

    @Test(arguments: [
        ("App/App.csproj", #"<ProjectReference Include="..\Lib\Lib.csproj" />"#, "../Lib/Lib.csproj"),
        ("app/Package.swift", #".package(path: "../Shared"),"#, "../Shared"),
        ("app/Package.swift", #".package(name: "runtime", path: "../.."),"#, "../.."),
        ("web/package.json", #""common": "file:../common","#, "../common"),
        ("svc/go.mod", "replace example.com/lib => ../lib", "../lib"),
        ("fn/requirements.txt", "boto3\n../shared/ecom/", "../shared/ecom/"),
        ("fn/requirements.txt", "-e ../shared", "../shared"),
    ])
    func referencePatterns(_ manifest: String, _ text: String, _ expected: String) {
        #expect(ManifestReferences.references(path: manifest, text: text).map(\.path) == [expected])
    }

    @Test func noReferenceInPlainDependencies() {
        #expect(ManifestReferences.references(path: "web/package.json", text: #""express": "^4""#).isEmpty)
        #expect(ManifestReferences.references(path: "fn/requirements.txt", text: "requests==2.0\n").isEmpty)
    }

    @Test func entryPointDeclarations() {
        #expect(ManifestReferences.declaresEntryPoint(path: "a/A.csproj", text: #"<Project Sdk="Microsoft.NET.Sdk.Web">"#) == true)
        #expect(ManifestReferences.declaresEntryPoint(path: "a/A.csproj", text: #"<Project Sdk="Microsoft.NET.Sdk.Worker">"#) == true)
        #expect(ManifestReferences.declaresEntryPoint(path: "a/A.csproj", text: #"<Project Sdk="Microsoft.NET.Sdk"><OutputType>Exe</OutputType>"#) == true)
        #expect(ManifestReferences.declaresEntryPoint(path: "a/A.csproj", text: #"<Project Sdk="Microsoft.NET.Sdk">"#) == false)
        #expect(ManifestReferences.declaresEntryPoint(path: "a/Package.swift", text: ".executableTarget(name: \"App\")") == true)
        #expect(ManifestReferences.declaresEntryPoint(path: "a/Package.swift", text: ".library(name: \"Kit\", targets: [\"Kit\"])") == false)
        #expect(ManifestReferences.declaresEntryPoint(path: "a/package.json", text: "{}") == nil)
    }

}
