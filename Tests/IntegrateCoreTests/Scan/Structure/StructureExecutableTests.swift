import Foundation
import Testing
@testable import IntegrateCore

/// A manifest with several executables gives one component per executable.
@Suite("Structure: executables")
struct StructureExecutableTests {
    @Test func swiftPMExecutableTargetsAlsoThroughAHelper() throws {
        let (facts, _) = try structuralFacts([
            "functions/Package.swift": """
                // swift-tools-version:6.0
                import PackageDescription

                func function(_ name: String, dependencies: [Target.Dependency] = []) -> Target {
                    .executableTarget(name: name, dependencies: dependencies)
                }

                let package = Package(
                    name: "functions",
                    targets: [
                        .executableTarget(name: "Checkout", path: "Lambdas/Checkout"),
                        function("Refunds"),
                        .target(name: "Shared"),
                    ]
                )
                """,
            "functions/Lambdas/Checkout/main.swift": "print(1)\n",
            "functions/Sources/Refunds/main.swift": "print(1)\n",
            "functions/Sources/Shared/Money.swift": "struct Money {}\n",
        ])
        #expect(facts.components.first { $0.id == "checkout" }?.path == "functions/Lambdas/Checkout")
        #expect(facts.components.first { $0.id == "refunds" }?.path == "functions/Sources/Refunds")
        #expect(!facts.components.contains { $0.id == "shared" })
    }

    @Test func oneExecutableKeepsThePackageAsTheComponent() throws {
        let (facts, _) = try structuralFacts([
            "api/Package.swift": "let package = Package(name: \"api\", targets: [.executableTarget(name: \"App\")])\n",
            "api/Sources/App/main.swift": "print(1)\n",
        ])
        #expect(facts.components.map(\.id) == ["api"])
    }

    @Test func goCmdMainsAndCobraSubcommandsThatStartServers() throws {
        let (facts, _) = try structuralFacts([
            "shop/go.mod": "module example.com/shop\n",
            "shop/cmd/root.go": "package cmd\n\nimport \"github.com/spf13/cobra\"\n\nvar RootCmd = &cobra.Command{\n\tUse: \"shop\",\n}\n",
            "shop/cmd/cart.go": """
                package cmd

                import (
                \t"github.com/spf13/cobra"

                \t"example.com/shop/services/cart"
                )

                var cartCmd = &cobra.Command{
                \tUse:   "cart",
                \tRunE: func(_ *cobra.Command, _ []string) error {
                \t\tserver := cart.NewServer(":8081")
                \t\treturn server.Run()
                \t},
                }
                """,
            "shop/cmd/pricing.go": """
                package cmd

                import (
                \t"github.com/spf13/cobra"
                \tsvc "example.com/shop/services/pricing"
                )

                var pricingCmd = &cobra.Command{
                \tUse: "pricing",
                \tRunE: func(_ *cobra.Command, _ []string) error {
                \t\treturn svc.NewHTTPServer(":8082").Run()
                \t},
                }
                """,
            "shop/cmd/version.go": "package cmd\n\nimport \"github.com/spf13/cobra\"\n\nvar versionCmd = &cobra.Command{\n\tUse: \"version\",\n\tRun: func(*cobra.Command, []string) { println(1) },\n}\n",
            "shop/services/cart/server.go": "package cart\n",
            "shop/services/pricing/server.go": "package pricing\n",
            "tools/go.mod": "module example.com/tools\n",
            "tools/cmd/migrate/main.go": "package main\n\nfunc main() {}\n",
            "tools/cmd/seed/main.go": "package main\n\nfunc main() {}\n",
        ])
        #expect(facts.components.first { $0.id == "cart" }?.path == "shop/services/cart")
        #expect(facts.components.first { $0.id == "pricing" }?.path == "shop/services/pricing")
        #expect(!facts.components.contains { $0.id == "version" })
        #expect(facts.components.first { $0.id == "migrate" }?.path == "tools/cmd/migrate")
        #expect(facts.components.first { $0.id == "seed" }?.path == "tools/cmd/seed")
    }

    @Test func importPathsResolveToTheirTreeFolder() {
        let folders: Set<String> = ["services/cart", "http"]
        #expect(ExecutableDetector.localFolder(importPath: "github.com/acme/shop/services/cart", folders: folders) == "services/cart")
        #expect(ExecutableDetector.localFolder(importPath: "net/http", folders: folders) == nil)
    }
}
