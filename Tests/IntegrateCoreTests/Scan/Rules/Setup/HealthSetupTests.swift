import Testing
@testable import IntegrateCore

/// Health endpoints and services read as shared setup: a path passed as a constant, and the
/// standard gRPC health service in Python, Java, Kotlin and Node.
@Suite("Scan health setup")
struct HealthSetupTests {
    func health(_ text: String, path: String, language: Language?) -> [String] {
        SetupScanner().facts(in: Array(text.utf8), path: path, language: language)
            .filter { $0.kind == .health }.map { "\($0.rule) \($0.value ?? "-")" }
    }

    @Test("MapHealthChecks with a constant reads the constant's value in the same file")
    func constantPath() {
        let constant = "public static class Extensions {\n    private const string HealthEndpointPath = \"/health\";\n    private static readonly string AlivePath = \"/alive\";\n    public static void MapDefaultEndpoints(this WebApplication app) {\n        app.MapHealthChecks(HealthEndpointPath);\n        app.MapHealthChecks(AlivePath, new HealthCheckOptions());\n    }\n}\n"
        #expect(health(constant, path: "Defaults/Extensions.cs", language: .csharp)
            == ["csharp.setup.health-checks /health", "csharp.setup.health-checks /alive"])
    }

    @Test("A name bound to no string in the file is reported as written; a literal stays a literal")
    func unresolvedName() {
        #expect(health("app.MapHealthChecks(Paths.Health);\n", path: "Api/Program.cs", language: .csharp) == ["csharp.setup.health-checks Paths.Health"])
        #expect(health("const int Port = 8080;\napp.MapHealthChecks(Port);\n", path: "Api/Program.cs", language: .csharp) == ["csharp.setup.health-checks Port"])
        #expect(health("app.MapHealthChecks(\"/healthz\");\n", path: "Api/Program.cs", language: .csharp) == ["csharp.setup.health-checks /healthz"])
        #expect(health("builder.Services.AddHealthChecks();\n", path: "Api/Program.cs", language: .csharp).isEmpty)
    }

    @Test("The standard gRPC health service counts as health in Python, Java, Kotlin and Node")
    func grpcHealth() {
        #expect(health("from grpc_health.v1 import health, health_pb2_grpc\nhealth_pb2_grpc.add_HealthServicer_to_server(health.HealthServicer(), server)\n",
                       path: "orders/server.py", language: .python) == ["python.setup.grpc-health grpc.health.v1"])
        #expect(health("HealthStatusManager health = new HealthStatusManager();\nserver.addService(health.getHealthService());\n",
                       path: "src/main/java/Server.java", language: .java) == ["jvm.setup.grpc-health grpc.health.v1"])
        #expect(health("val health = io.grpc.protobuf.services.HealthStatusManager()\n", path: "src/main/kotlin/Server.kt", language: .kotlin)
            == ["jvm.setup.grpc-health grpc.health.v1"])
        #expect(health("const health = require('grpc-health-check')\nconst impl = new health.Implementation(statusMap)\nserver.addService(health.service, impl)\n",
                       path: "pay/server.js", language: .javascript) == ["js.setup.grpc-health grpc.health.v1"])
    }

    @Test("Importing a gRPC health module, or a lookalike class, is not a health service")
    func grpcHealthNegatives() {
        #expect(health("from grpc_health.v1 import health_pb2\n", path: "orders/server.py", language: .python).isEmpty)
        #expect(health("import io.grpc.protobuf.services.HealthStatusManager;\nprivate final HealthStatusManager health;\n", path: "src/main/java/Server.java", language: .java).isEmpty)
        #expect(health("const impl = new health.Implementation(statusMap)\n", path: "pay/server.js", language: .javascript).isEmpty)
        #expect(health("// add_HealthServicer_to_server is not used here\n", path: "pay/server.py", language: .python).isEmpty)
    }
}
