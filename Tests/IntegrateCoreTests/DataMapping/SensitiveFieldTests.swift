import Foundation
import Testing
@testable import IntegrateCore

@Suite struct SensitiveFieldTests {
    @Test func everyRulesExamplesTriggerOrNot() {
        for rule in SensitiveFieldRule.all {
            for name in rule.triggering {
                #expect(rule.matches(DataField(name: name, type: "string", kind: .string, required: true, location: Evidence(path: "x", line: 1))), "\(rule.category): \(name)")
            }
            for name in rule.nonTriggering {
                #expect(!SensitiveFieldRule.all.contains { $0.matches(DataField(name: name, type: "string", kind: .string, required: true, location: Evidence(path: "x", line: 1))) },
                        "\(rule.category): \(name) must not match any rule")
            }
        }
    }

    @Test func aPIIFieldSentToASaaSHostIsReportedAsLeaving() throws {
        let project = try TestProject(files: [
            "mailer/asyncapi.yaml": """
            asyncapi: 2.6.0
            info: {title: Mail, version: 1.0.0}
            channels:
              user.created:
                subscribe:
                  message:
                    payload: {type: object, properties: {id: {type: string}, contact: {type: string, format: email}, nickname: {type: string}}}
            """,
            "mailer/send.ts": "const u = JSON.parse(m)\n\nawait sendgrid.send({ to: u.contact })\n",
        ])
        let consume = IntegrationPoint(id: "c@mailer/send.ts:1", rule: "c", component: "mailer", kind: .consume, technology: "kafka", protocol: "kafka",
                                       mode: .async, direction: .receive, topic: "user.created", evidence: [Evidence(path: "mailer/send.ts", line: 1)])
        var landscape = Landscape(
            components: [Component(id: "mailer", name: "mailer", path: "mailer")], points: [consume],
            resources: [Resource(id: "saas:sendgrid", kind: .saas, system: "sendgrid", name: "sendgrid", usedBy: ["mailer"])],
            specs: [APISpec(path: "mailer/asyncapi.yaml", format: .asyncapi, component: "mailer")])
        landscape.edges = [Edge(from: "mailer", to: "saas:sendgrid", protocol: "https", mode: .sync, strength: .call, evidence: [Evidence(path: "mailer/send.ts", line: 3)])]
        let analysis = DataMappingAnalysis(root: project.root, landscape: landscape, files: [])
        let hit = try #require(analysis.sensitive.first { $0.field == "contact" })
        #expect(hit.category == "email", "matched by format, whatever the name")
        #expect(hit.external == ["saas:sendgrid"])
        #expect(hit.location.location == "mailer/asyncapi.yaml:7")
        #expect(!analysis.sensitive.contains { $0.field == "nickname" || $0.field == "id" })
        #expect(DataMappingPhase.sensitiveEvaluation(analysis).marker == .inProgress)
    }
}
