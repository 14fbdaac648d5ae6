import Foundation
import Testing
@testable import IntegrateCore

/// Resolution through what the code binds: small projects of our own, scanned end to end.
@Suite("Landscape: resolution through bindings")
struct LandscapeResolutionTests {
    static func landscape(_ files: [String: String]) throws -> Landscape {
        let project = try TestProject(files: files)
        return try ProjectScanner().scan(root: project.root).landscape
    }

    static func edge(_ landscape: Landscape, _ from: String, _ to: String) -> Edge? {
        landscape.edges.first { $0.from == from && $0.to == to }
    }

    static let compose = """
        services:
          web:
            build: ./web
            environment:
              LEDGER_ADDR: ledger:8080
              IdentityUrl: http://identity
              Urls__GrpcLedger: http://ledger:81
          ledger:
            build: ./ledger
          identity:
            build: ./identity
          worker:
            build: ./worker
          redis:
            image: redis:7
        """

    @Test func aVariableReachesTheEnvDefaultAndTheConfigValue() throws {
        let landscape = try Self.landscape([
            "docker-compose.yml": Self.compose,
            "web/requirements.txt": "requests\n",
            "web/app.py": """
                import os, requests
                LEDGER = os.getenv('LEDGER_ADDR')
                IDENTITY = os.getenv('IDENTITY_HOST', 'identity')
                def post(entry):
                    url = 'http://{}/entries'.format(LEDGER)
                    requests.post(url, json=entry)
                    requests.get('http://{}/me'.format(IDENTITY))
                """,
            "ledger/requirements.txt": "flask\n", "identity/requirements.txt": "flask\n", "worker/requirements.txt": "redis\n",
        ])
        // `*_ADDR` read by an HTTP call is HTTP: the config edge folds into the call.
        let ledger = try #require(Self.edge(landscape, "web", "ledger"))
        #expect(ledger.strength == .call && ledger.protocol == "http")
        #expect(landscape.edges.filter { $0.from == "web" && $0.to == "ledger" }.count == 1)
        #expect(Self.edge(landscape, "web", "identity")?.strength == .call)
    }

    @Test func dotnetTypedGrpcClientAndAuthorityResolveThroughConfiguration() throws {
        let landscape = try Self.landscape([
            "docker-compose.yml": Self.compose,
            "web/Web.csproj": "<Project Sdk=\"Microsoft.NET.Sdk.Web\"></Project>\n",
            "web/Startup.cs": """
                public static class Setup {
                    public static void Add(IServiceCollection services, IConfiguration configuration) {
                        var identityUrl = configuration.GetValue<string>("IdentityUrl");
                        services.AddAuthentication().AddJwtBearer(options => {
                            options.Authority = identityUrl;
                        });
                        services.AddGrpcClient<Ledger.LedgerClient>((sp, options) => {
                            var ledgerApi = sp.GetRequiredService<IOptions<UrlsConfig>>().Value.GrpcLedger;
                            options.Address = new Uri(ledgerApi);
                        });
                    }
                }
                """,
            "ledger/requirements.txt": "flask\n", "identity/requirements.txt": "flask\n", "worker/requirements.txt": "redis\n",
        ])
        let identity = try #require(Self.edge(landscape, "web", "identity"))
        #expect(identity.strength == .call && identity.evidence.first?.path == "web/Startup.cs")
        let ledger = try #require(landscape.edges.first { $0.from == "web" && $0.to == "ledger" && $0.protocol == "grpc" })
        #expect(ledger.strength == .call)
    }

    @Test func typedHttpClientCallsGoToTheRegisteredBaseAddress() throws {
        let landscape = try Self.landscape([
            "docker-compose.yml": Self.compose,
            "web/Web.csproj": "<Project Sdk=\"Microsoft.NET.Sdk.Web\"></Project>\n",
            "web/Program.cs": "builder.Services.AddHttpClient<ILedgerApi, LedgerApi>(c => c.BaseAddress = new Uri(\"http://ledger:8080\"));\n",
            "web/Services/LedgerApi.cs": """
                public class LedgerApi : ILedgerApi {
                    private readonly HttpClient _http;
                    public Task<Entry[]> Entries() => _http.GetFromJsonAsync<Entry[]>("entries");
                }
                """,
            "web/Services/Other.cs": "public class Other { HttpClient _h; Task Go() => _h.GetAsync(\"entries\"); }\n",
            "ledger/requirements.txt": "flask\n", "identity/requirements.txt": "flask\n", "worker/requirements.txt": "redis\n",
        ])
        let edge = try #require(landscape.edges.first { $0.from == "web" && $0.to == "ledger" && $0.protocol == "http" })
        #expect(edge.points.contains { $0.hasPrefix("csharp.http.httpclient@web/Services/LedgerApi.cs") })
        #expect(!edge.points.contains { $0.contains("Other.cs") })
    }

    @Test func redisListsAreAsyncQueuesBetweenComponents() throws {
        let landscape = try Self.landscape([
            "docker-compose.yml": Self.compose,
            "web/requirements.txt": "redis\n",
            "web/jobs.py": "from redis import Redis\nr = Redis(host='redis')\nQUEUE = 'thumbnails'\nr.rpush(QUEUE, payload)\n",
            "worker/requirements.txt": "redis\n",
            "worker/main.py": "import redis\nr = redis.Redis(host='redis')\nwhile True:\n    job = r.blpop('thumbnails')\n",
            "ledger/requirements.txt": "flask\n", "identity/requirements.txt": "flask\n",
        ])
        let queue = try #require(Self.edge(landscape, "web", "worker"))
        #expect(queue.mode == .async && queue.topic == "thumbnails" && queue.strength == .messaging)
        #expect(landscape.points.contains { $0.rule == "python.cache.redis-class" && $0.component == "web" })
    }

    @Test func keysCompareAcrossSpellings() {
        #expect(TargetExpression.normalizedKey("Urls__GrpcLedger") == TargetExpression.normalizedKey("urls:grpcLedger"))
        #expect(TargetExpression.lastSegment("urls:grpcLedger") == "grpcLedger")
        #expect(TargetExpression.lastSegment("Urls__GrpcLedger") == "GrpcLedger")
        #expect(TargetExpression("configuration[\"IdentityUrl\"]").keyReferences.contains("IdentityUrl"))
        #expect(TargetExpression("_settings.Value.PurchaseUrl").keyReferences.contains("PurchaseUrl"))
    }

    @Test func literalFallbacksNextToEnvReads() {
        #expect(TargetExpression("process.env.CATALOG_HOST || 'catalog'").defaults == ["catalog"])
        #expect(TargetExpression("os.getenv('CART_HOST', 'cart')").defaults == ["cart"])
        #expect(TargetExpression("${REDIS_HOST:-cache}").defaults == ["cache"])
        #expect(TargetExpression("env.TOPIC ?? \"orders\"").defaults == ["orders"])
        #expect(TargetExpression("getenv(\"X\")").defaults.isEmpty)
    }

    @Test func codeIsNeverAnExternalHost() {
        #expect(KnownHosts.isCodeExpression("self.host"))
        #expect(KnownHosts.isCodeExpression("api_host.example"))
        #expect(!KnownHosts.isCodeExpression("api.example.com"))
    }
}
