import Foundation
import Testing
@testable import IntegrateCore

/// `[x]` only on positive evidence: what could not be resolved or read keeps an item at `[~]`.
@Suite struct EvaluationEvidenceTests {
    func context(_ project: TestProject) throws -> PhaseContext {
        let scan = try ProjectScanner().scan(root: project.root)
        return PhaseContext(root: project.root, landscape: scan.landscape, principles: [], diagnostics: scan.diagnostics, sources: SourceCache(root: project.root))
    }

    @Test("A landscape whose every outbound target is unresolved, with no store, is not mapped")
    func unresolvedLandscapeIsInProgress() throws {
        let project = try TestProject(files: [
            "web/package.json": #"{"name": "web", "dependencies": {"axios": "1.0.0"}}"#,
            "web/index.js": "const axios = require('axios')\nasync function f(base) { return axios.get(base + '/x') }\n",
        ])
        let evaluation = try #require(ArchitecturePhase().run(try context(project)).evaluations["p0.landscape"])
        #expect(evaluation.marker == .inProgress)
        #expect(evaluation.reason.contains("outbound points are unresolved"))

        try project.write("web/db.js", "const { Pool } = require('pg')\nconst pool = new Pool({ connectionString: process.env.DATABASE_URL })\nawait pool.query('select 1')\n")
        try project.write("web/package.json", #"{"name": "web", "dependencies": {"axios": "1.0.0", "pg": "8.0.0"}}"#)
        #expect(ArchitecturePhase().run(try context(project)).evaluations["p0.landscape"]?.marker == .done, "a store found is positive evidence")
    }

    @Test("A compose file that cannot be parsed keeps 'no committed secret' at [~], naming the file")
    func unparsableComposeKeepsSecretsOpen() throws {
        let project = try TestProject(files: [
            "docker-compose.yml": "services:\n  web:\n    image: web\n    environment:\n      - API_TOKEN: [unclosed\n",
            "web/package.json": #"{"name": "web"}"#,
        ])
        let evaluation = try #require(ImplementationPhase().run(try context(project)).evaluations["p2.secrets"])
        #expect(evaluation.marker == .inProgress)
        #expect(evaluation.reason.contains("`docker-compose.yml:"))

        try project.write("docker-compose.yml", "services:\n  web:\n    image: web\n    environment:\n      - API_TOKEN=${API_TOKEN}\n")
        #expect(ImplementationPhase().run(try context(project)).evaluations["p2.secrets"]?.marker == .done)
    }
}
