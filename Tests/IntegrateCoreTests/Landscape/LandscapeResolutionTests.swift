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

    @Test func aCloudMetadataServiceIsAnExternalAPIOtherInternalHostsAreNot() throws {
        let landscape = try Self.landscape([
            "web/requirements.txt": "requests\n",
            "web/app.py": """
                import os, requests
                server = os.getenv('META_HOST', 'metadata.google.internal')
                base = f'http://{server}/computeMetadata/v1/'
                def zone():
                    return requests.get(base + 'instance/zone', headers={'Metadata-Flavor': 'Google'})
                def peer():
                    return requests.get('http://build.corp.internal/status')
                """,
        ])
        let metadata = try #require(Self.edge(landscape, "web", "external:metadata.google.internal"))
        #expect(metadata.protocol == "http" && metadata.evidence.first?.line == 5)
        #expect(!landscape.edges.contains { $0.to.contains("corp.internal") })
        #expect(KnownHosts.isLocal("db.internal") && !KnownHosts.isLocal("metadata.google.internal"))
    }

    @Test func codeIsNeverAnExternalHost() {
        #expect(KnownHosts.isCodeExpression("self.host"))
        #expect(KnownHosts.isCodeExpression("api_host.example"))
        #expect(!KnownHosts.isCodeExpression("api.example.com"))
    }
}

/// A URL to the docker host's published port reaches the compose service that publishes it.
@Suite("Landscape: published compose ports")
struct LandscapePublishedPortTests {
    @Test func aCallToTheDockerHostsPublishedPortReachesTheServicePublishingIt() throws {
        let landscape = try scannedLandscape([
            "docker-compose.yml": """
                services:
                  identity:
                    build: ./identity
                    ports: ["5105:80"]
                  gateway:
                    build: ./gateway
                    ports:
                      - "127.0.0.1:5202:80/tcp"
                  portal:
                    build: ./portal
                    environment:
                      - AUTHORITY_URL=http://host.docker.internal:5105
                      - SHOP_URL=http://host.docker.internal:5202/api
                      - LOCAL_URL=http://localhost:5105
                      - SPARE_URL=http://host.docker.internal:5999
                """,
            "identity/package.json": "{\"name\": \"identity\"}",
            "gateway/package.json": "{\"name\": \"gateway\"}",
            "portal/package.json": "{\"name\": \"portal\", \"dependencies\": {\"axios\": \"1\"}}",
            "portal/index.js": """
                const axios = require('axios');
                axios.get(process.env.AUTHORITY_URL + '/.well-known/openid-configuration');
                axios.get(process.env.LOCAL_URL + '/me');
                axios.get(process.env.SPARE_URL + '/spare');
                """,
        ])
        let identity = try #require(landscape.edges.first { $0.from == "portal" && $0.to == "identity" })
        #expect(identity.protocol == "http" && identity.strength == .call && identity.evidence.first?.path == "portal/index.js")
        // A setting nobody calls is an address handed out (SHOP_URL); `localhost` in a container is
        // the container itself; an unpublished port is nobody.
        #expect(landscape.edges.filter { $0.from == "portal" }.map(\.to) == ["identity"])
    }

    @Test func hostPorts() {
        #expect(StructuralFactsBuilder.hostPort("5105:80") == 5105)
        #expect(StructuralFactsBuilder.hostPort("127.0.0.1:5202:80/tcp") == 5202)
        #expect(StructuralFactsBuilder.hostPort("80") == nil)
        #expect(StructuralFactsBuilder.hostPort("8000-8010:80") == nil)
    }
}
