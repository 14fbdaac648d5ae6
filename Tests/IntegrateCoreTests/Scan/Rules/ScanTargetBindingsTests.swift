import Foundation
import Testing
@testable import IntegrateCore

@Suite("Scan target bindings")
struct ScanTargetBindingsTests {
    private func points(_ code: String, _ path: String, _ language: Language) -> [IntegrationPoint] {
        SourceScanner().scan(text: code, path: path, language: language)
    }

    @Test func assignmentsAreFollowedTransitively() {
        let code = """
            import requests
            HOST = os.getenv('LEDGER_HOST', 'ledger')
            base = 'http://{}:8080'.format(HOST)
            def post(entry):
                url = base + '/entries'
                return requests.post(url, json=entry)
            """
        let call = points(code, "svc/app.py", .python).first { $0.kind == .outboundHTTP }
        #expect(call?.target == "url")
        #expect(call?.bindings == ["base + '/entries'", "'http://{}:8080'.format(HOST)", "os.getenv('LEDGER_HOST', 'ledger')"])
    }

    @Test func envMappingHelperBindsTheField() throws {
        let code = """
            package main
            func main() {
                svc := new(frontend)
                mustMapEnv(&svc.ledgerAddr, "LEDGER_ADDR")
                conn, err := grpc.NewClient(svc.ledgerAddr, grpc.WithTransportCredentials(insecure.NewCredentials()))
            }
            """
        let dial = try #require(points(code, "frontend/main.go", .go).first { $0.kind == .grpcClient })
        #expect(dial.bindings?.contains("\"LEDGER_ADDR\"") == true)
    }

    @Test func injectedValueBindsTheParameter() throws {
        let code = """
            class LedgerClient {
                LedgerClient(@Value("http://${LEDGER_ADDR}/entries") String ledgerUri) { this.ledgerUri = ledgerUri; }
                void send() { restTemplate.postForObject(ledgerUri, entry, String.class); }
            }
            """
        let call = try #require(points(code, "writer/src/main/java/LedgerClient.java", .java).first { $0.kind == .outboundHTTP })
        #expect(call.bindings?.contains("\"http://${LEDGER_ADDR}/entries\"") == true)
    }

    @Test func multiLineValuesRunToTheirClosingParenthesis() throws {
        let code = """
            app.config["LEDGER_URI"] = 'http://{}/entries'.format(
                os.environ.get('LEDGER_ADDR'))
            resp = requests.post(url=app.config["LEDGER_URI"], json=body)
            """
        let call = try #require(points(code, "web/app.py", .python).first { $0.kind == .outboundHTTP })
        #expect(call.bindings?.first?.contains("os.environ.get('LEDGER_ADDR')") == true)
    }

    @Test func literalTargetsAreNotLookedUp() throws {
        let code = "url = 'http://elsewhere'\nr = requests.get('http://ledger:8080/x')\n"
        let call = try #require(points(code, "svc/app.py", .python).first { $0.kind == .outboundHTTP })
        #expect(call.bindings == nil)
    }

    @Test func aTopicHeldInAVariableKeepsWhatItIsBoundTo() throws {
        let code = """
            const { Kafka } = require('kafkajs')
            const topic = process.env.ORDERS_TOPIC ?? 'orders-placed'
            await producer.send({ topic: topic, messages: [m] })
            """
        let publish = try #require(points(code, "orders/src/publish.ts", .typescript).first { $0.kind == .publish })
        #expect(publish.topicBindings == ["process.env.ORDERS_TOPIC ?? 'orders-placed'"])
    }

    @Test func namesAndLiteralsAreToldApart() {
        #expect(TargetBindings.needsBinding("url"))
        #expect(TargetBindings.needsBinding("`${base}/x`"))
        #expect(!TargetBindings.needsBinding("'http://ledger:8080'"))
        #expect(TargetBindings.isName("self.ROUTING_KEY"))
        #expect(!TargetBindings.isName("orders-placed"))
    }
}
