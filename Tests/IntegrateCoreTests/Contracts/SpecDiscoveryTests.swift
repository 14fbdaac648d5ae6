import Foundation
import Testing
@testable import IntegrateCore

@Suite struct SpecDiscoveryTests {
    @Test func findsWhatTheScanWouldAndHonoursIgnores() throws {
        let padding = String(repeating: " ", count: 6000)
        let project = try TestProject(files: [
            "api/orders.yaml": "openapi: 3.0.3\ninfo: {title: Orders, version: '1'}\npaths: {}\n",
            // Sorted keys: `openapi` comes after 6 KB of `components`.
            "api/sorted.json": "{\"components\": {\"x\": \"\(padding)\"}, \"info\": {}, \"openapi\": \"3.1.0\", \"paths\": {}}\n",
            "legacy/swagger.yml": "# old API\nswagger: '2.0'\ninfo: {title: Legacy, version: '1'}\npaths: {}\n",
            "generated/copy.yaml": "openapi: 3.0.3\npaths: {}\n",
            ".gitignore": "generated/\n",
            "node_modules/lib/openapi.yaml": "openapi: 3.0.3\npaths: {}\n",
            // Not specs: `openapi` only as a nested key, or only as a value.
            "config/app.yaml": "tools:\n  openapi: enabled\n",
            "config/app.json": "{\"generator\": \"openapi\"}\n",
        ])
        let found = try SpecDiscovery.find(root: project.root)
        #expect(found == ["api/orders.yaml", "api/sorted.json", "legacy/swagger.yml"], "\(found)")
    }

    @Test func aMissingRootIsAnErrorNotAnEmptyList() {
        #expect(throws: (any Error).self) {
            try SpecDiscovery.find(root: URL(fileURLWithPath: "/nonexistent-\(UUID().uuidString)"))
        }
    }
}
