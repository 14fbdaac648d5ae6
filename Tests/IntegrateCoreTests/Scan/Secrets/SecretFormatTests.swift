import Foundation
import Testing
@testable import IntegrateCore

/// Every built-in credential format against its own examples, the way scan rules are checked.
@Suite("Secret formats")
struct SecretFormatTests {
    static let ids = SecretFormats.all.map(\.id)

    @Test("Triggering examples match once at the marker; non-triggering ones never", arguments: ids)
    func examples(id: String) throws {
        let format = try #require(SecretFormats.all.first { $0.id == id })
        #expect(format.exampleProblems() == [])
        #expect(!format.triggering.isEmpty && !format.nonTriggering.isEmpty)
        for text in format.triggering {
            #expect(RuleExample(text).markers.count == 1, "\(id): a triggering example needs one ↓: \(text)")
        }
    }

    @Test("A missed example and a false positive are reported")
    func problemsAreFound() throws {
        var format = try #require(SecretFormats.all.first)
        format.triggering = ["key = ↓nothing here"]
        format.nonTriggering = ["key = AKIAQ3EGT7LMZKD4RW5N"]
        #expect(format.exampleProblems() == ["triggering example 1 gives 0 matches, not 1", "non-triggering example 1 gives a match"])
    }

    @Test("A format whose pattern does not compile fails loudly, naming the format")
    func brokenPatternIsAnError() throws {
        var broken = try #require(SecretFormats.all.first)
        broken.id = "secret.broken"
        broken.pattern = "(unclosed"
        #expect(throws: SecretScanner.InvalidPattern.self) { try SecretScanner(formats: [broken]) }
        let problems = broken.exampleProblems()
        #expect(problems.count == 1)
        #expect(problems.first?.hasPrefix("secret format 'secret.broken': pattern does not compile") == true)
        // The built-in formats all compile: the scan never runs without them.
        #expect(try SecretScanner().formats.count == SecretFormats.all.count)
    }

    @Test("Obvious dummies are not keys")
    func dummies() {
        #expect(SecretDummies.isDummy("AKIAIOSFODNN7EXAMPLE"))
        #expect(SecretDummies.isDummy("sk_live_000000000000000000000000"))
        #expect(SecretDummies.isDummy("sk_live_abababababababababab"))
        #expect(!SecretDummies.isDummy("sk_live_51Hc8QnK2vT7yXr0pLmZ4sD9a"))
    }
}

@Suite("Committed secret values")
struct CommittedSecretValueTests {
    @Test(arguments: [
        ("${DB_PASSWORD}", SecretValue.reference),
        ("$DB_PASSWORD", .reference),
        ("${DB_PASSWORD:?set it}", .reference),
        ("{{ .Values.db.password }}", .reference),
        ("${DB_PASSWORD:-hunter2}", .literal),
        ("${DB_PASSWORD:hunter2}", .literal),
        ("${DB_PASSWORD:-}", .reference),
        ("${DB_PASSWORD:-<set me>}", .reference),
        ("", .placeholder),
        ("<your password>", .placeholder),
        ("your-password-here", .placeholder),
        ("xxxxxx", .placeholder),
        ("***", .placeholder),
        ("TODO", .placeholder),
        ("REPLACE_ME", .placeholder),
        ("hunter2", .literal),
        ("changeme", .literal),
        ("password", .literal),
        ("Pass@word", .literal),
        ("${DB_PASSWORD:secret}", .literal),
    ])
    func valueKinds(value: String, kind: SecretValue) {
        #expect(SecretValue(value) == kind)
    }

    @Test(arguments: [
        ("    password: s3cr3t-Pa55", "spring.datasource.password", true),
        ("    password: ${DB_PASSWORD}", "spring.datasource.password", false),
        ("spring.datasource.password=s3cr3t-Pa55", "spring.datasource.password", true),
        ("spring.datasource.password=", "spring.datasource.password", false),
        ("    \"Password\": \"s3cr3t-Pa55\",", "Smtp:Password", true),
        ("    \"Password\": \"<set in user secrets>\",", "Smtp:Password", false),
        ("      DB_PASSWORD: s3cr3t-Pa55", "DB_PASSWORD", true),
        ("      - DB_PASSWORD=${DB_PASSWORD}", "DB_PASSWORD", false),
        ("      DB_PASSWORD: \"\"", "DB_PASSWORD", false),
    ])
    func nestedAndFlatKeys(line: String, key: String, committed: Bool) {
        #expect(SecretValue.isCommitted(line: line, key: key) == committed)
    }
}

@Suite("Committed secrets end to end")
struct CommittedSecretScanTests {
    @Test func phaseTwoReportsEachByLocationOnly() throws {
        let values = ["s3cr3t-Pa55", "AKIAQ3EGT7LMZKD4RW5N", "sk_live_51Hc8QnK2vT7yXr0pLmZ4sD9a", "Mailer-Pa55w0rd", "Compose-Pa55w0rd"]
        let project = try TestProject(files: [
            "orders/package.json": #"{"name": "orders", "dependencies": {"express": "4"}}"#,
            "orders/src/main/resources/application.yml": "spring:\n  datasource:\n    url: jdbc:postgresql://db/orders\n    password: \(values[0])\n",
            "orders/src/billing.js": "const aws = { accessKeyId: '\(values[1])' };\nconst stripe = require('stripe')('\(values[2])');\n",
            "mailer/appsettings.json": #"{"Smtp": {"Host": "smtp.example.com", "Password": "\#(values[3])"}}"#,
            "docker-compose.yml": "services:\n  orders:\n    build: ./orders\n    environment:\n      DB_PASSWORD: \(values[4])\n      API_TOKEN: ${API_TOKEN}\n",
            "test/fixtures/keys.txt": "AKIAIOSFODNN7EXAMPLE\n",
        ])
        let report = try project.run(phases: [0, 2])
        let findings = report.phases.flatMap(\.findings).filter { $0.id == "implementation.committed-secret" }
        let locations = Set(findings.flatMap(\.evidence).map(\.location))
        #expect(locations == [
            "orders/src/main/resources/application.yml:4", "orders/src/billing.js:1:29", "orders/src/billing.js:2:35",
            "mailer/appsettings.json:1", "docker-compose.yml:5",
        ])
        let artifacts = try project.snapshot().filter { $0.key.contains("/.claude/") }
        #expect(!artifacts.isEmpty)
        for value in values {
            let leaks = artifacts.filter { String(decoding: $0.value.0, as: UTF8.self).contains(value) }.keys.sorted()
            #expect(leaks.isEmpty, "secret value \(values.firstIndex(of: value) ?? -1) written to \(leaks)")
            #expect(!findings.contains { "\($0)".contains(value) })
        }
    }
}

@Suite("Secret keys")
struct SecretKeyTests {
    @Test(arguments: [
        ("DB_PASSWORD", true), ("Smtp:Password", true), ("spring.datasource.password", true), ("API_TOKEN", true),
        ("certSecretName", false), ("Identity:TokenLifetimeMinutes", false), ("SESSION_TOKEN_TTL", false), ("LOG_LEVEL", false),
    ])
    func settingsAboutASecretAreNotSecrets(key: String, secret: Bool) {
        #expect((ConfigClassifier.classify(key: key, value: nil) == .secret) == secret)
    }
}
