import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
@testable import IntegrateCore

/// Runs Debian's blackbox exporter with our generated modules against our own loopback server.
@Suite(.serialized) struct BlackboxProbeTests {
    @Test func probeSuccessIsOneWhenHealthyAndZeroWhenContentTypeOrStatusIsWrong() async throws {
        guard let exporter = PrometheusTools.require("prometheus-blackbox-exporter") else { return }
        let server = try LoopbackHTTPServer(routes: [
            "/healthy": .init(status: 200, contentType: "application/json; charset=utf-8", body: #"{"status":"UP"}"#),
            "/wrong-type": .init(status: 200, contentType: "text/html", body: "<p>up</p>"),
            "/wrong-status": .init(status: 503, contentType: "application/json", body: #"{"status":"DOWN"}"#),
        ])
        defer { server.stop() }

        // The module comes from a spec expectation, as the phase builds it.
        let landscape = Landscape(components: [Component(id: "api", name: "api", path: "api")])
        let expectation = HealthExpectation(status: 200, contentType: "application/json", source: Evidence(path: "api/openapi.yaml", line: 9, snippet: "GET /health"))
        let plan = MonitoringPlan.build(MonitoringPlan.Inputs(
            landscape: landscape, healthEndpoints: [HealthEndpoint(component: "api", path: "/health", evidence: [])], telemetry: [:], convention: nil,
            objectives: .framework, expectations: [MonitoringPlan.Inputs.expectationKey(component: "api", path: "/health"): expectation]))
        let module = try #require(plan.probes.first?.module)
        #expect(module == "http_200_application_json")
        let folder = try PrometheusTools.write(MonitoringFiles.render(plan))
        defer { try? FileManager.default.removeItem(at: folder) }

        let port = try LoopbackHTTPServer.freePort()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: exporter)
        process.arguments = ["--config.file=\(folder.appendingPathComponent("monitoring/blackbox/blackbox.yml").path)", "--web.listen-address=127.0.0.1:\(port)"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer {
            process.terminate()
            process.waitUntilExit()
        }
        let base = "http://127.0.0.1:\(port)"
        var ready = false
        for _ in 0..<100 where !ready {
            ready = (try? await Self.get("\(base)/-/healthy")) != nil
            if !ready { try await Task.sleep(for: .milliseconds(100)) }
        }
        try #require(ready, "the blackbox exporter did not start on \(base)")

        func probe(_ path: String, module: String) async throws -> String? {
            let target = "http://127.0.0.1:\(server.port)\(path)"
            let query = "module=\(module)&target=\(target.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? target)"
            let metrics = try await Self.get("\(base)/probe?\(query)")
            return metrics.split(separator: "\n").first { $0.hasPrefix("probe_success ") }.map { String($0.dropFirst("probe_success ".count)) }
        }
        #expect(try await probe("/healthy", module: module) == "1")
        #expect(try await probe("/wrong-type", module: module) == "0")
        #expect(try await probe("/wrong-status", module: module) == "0")
        // The base module checks the status only.
        #expect(try await probe("/wrong-type", module: "http_2xx") == "1")
        #expect(try await probe("/wrong-status", module: "http_2xx") == "0")
    }

    static func get(_ url: String) async throws -> String {
        var request = URLRequest(url: try #require(URL(string: url)))
        request.timeoutInterval = 10
        let (data, response) = try await URLSession.shared.data(for: request)
        guard (response as? HTTPURLResponse)?.statusCode == 200 else { throw URLError(.badServerResponse) }
        return String(decoding: data, as: UTF8.self)
    }
}
