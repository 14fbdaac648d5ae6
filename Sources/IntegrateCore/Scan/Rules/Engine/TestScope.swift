/// Decides whether a file is test code (tests, fixtures, mocks, examples) from its path alone.
enum TestScope {
    static let folders: Set<String> = ["test", "tests", "__tests__", "spec", "specs", "fixtures", "mocks", "__mocks__", "examples", "testdata"]

    /// `.test` for paths under a test-like folder or named like a test file, else `.production`.
    static func of(path: String) -> IntegrationPoint.Scope {
        let segments = path.split(separator: "/")
        guard let name = segments.last else { return .production }
        if segments.dropLast().contains(where: { folders.contains($0.lowercased()) || DeploymentTier.isTestFolder($0) }) { return .test }
        let lowered = name.lowercased()
        if lowered.hasSuffix("_test.go") || lowered.hasPrefix("test_") && lowered.hasSuffix(".py") || lowered.hasSuffix("_test.py") { return .test }
        for marker in [".test.", ".spec."] where lowered.contains(marker) { return .test }
        if name.hasSuffix("Tests.swift") || name.hasSuffix("Test.swift") || name.hasSuffix("Test.java") || name.hasSuffix("Tests.java")
            || name.hasSuffix("Test.kt") || name.hasSuffix("Tests.cs") || name.hasSuffix("_spec.rb") || name.hasSuffix("Test.php") {
            return .test
        }
        return .production
    }
}
