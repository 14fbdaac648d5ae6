import Foundation
import Testing
@testable import IntegrateCore

@Suite("Structure: .NET Aspire")
struct StructureAspireTests {
    static let files: [String: String] = [
        "Host/Host.csproj": "<Project Sdk=\"Microsoft.NET.Sdk\"></Project>",
        "Host/Program.cs": """
            var builder = DistributedApplication.CreateBuilder(args);
            var pg = builder.AddPostgres("pg");
            var ordersDb = pg.AddDatabase("ordersdb");
            var cache = builder.AddRedis("cache");
            // var unused = builder.AddRedis("commented");
            var orders = builder.AddProject<Projects.Shop_Orders>("orders")
                .WithReference(ordersDb)
                .WithReference(cache);
            builder.AddProject<Projects.Shop_Web>("web")
                .WithReference(orders);
            builder.Build().Run();
            """,
        "Orders/Shop.Orders.csproj": "<Project Sdk=\"Microsoft.NET.Sdk.Web\"></Project>",
        "Orders/Program.cs": """
            var builder = WebApplication.CreateBuilder(args);
            builder.AddNpgsqlDbContext<OrdersDb>("ordersdb");
            builder.AddRedisClient("cache");
            """,
        "Web/Shop.Web.csproj": "<Project Sdk=\"Microsoft.NET.Sdk.Web\"></Project>",
        "Web/Program.cs": "var app = WebApplication.CreateBuilder(args).Build();\n",
    ]

    @Test("projects are joined to their .csproj and reachable by their AppHost name")
    func projects() throws {
        let landscape = try scannedLandscape(Self.files)
        let orders = try #require(landscape.components.first { $0.path == "Orders" })
        #expect(orders.hostnames.contains("orders"))
        #expect(landscape.resources.contains { $0.id == "postgresql:ordersdb" })
        #expect(landscape.resources.contains { $0.id == "redis:cache" && $0.kind == .cache })
        #expect(!landscape.resources.contains { $0.name == "commented" })
        // A server that only holds databases is not a node of its own.
        #expect(!landscape.resources.contains { $0.id == "postgresql:pg" })
    }

    @Test("named-connection registrations resolve to the AppHost's resources, WithReference to projects")
    func references() throws {
        let landscape = try scannedLandscape(Self.files)
        let orders = try #require(landscape.components.first { $0.path == "Orders" }).id
        let web = try #require(landscape.components.first { $0.path == "Web" }).id
        let db = try #require(landscape.edges.first { $0.from == orders && $0.to == "postgresql:ordersdb" })
        #expect(db.strength == .call && db.evidence.first?.path == "Orders/Program.cs")
        #expect(db.protocol == "postgresql")
        #expect(landscape.edges.contains { $0.from == orders && $0.to == "redis:cache" && $0.strength == .call })
        let call = try #require(landscape.edges.first { $0.from == web && $0.to == orders })
        #expect(call.protocol == "http" && call.evidence.first?.path == "Host/Program.cs")
    }

    @Test("GetConnectionString reads the connection string an AppHost reference provides")
    func connectionString() throws {
        var files = Self.files
        files["Orders/Program.cs"] = """
            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddDbContext<OrdersDb>(o => o.UseNpgsql(builder.Configuration.GetConnectionString("ordersdb")));
            """
        let landscape = try scannedLandscape(files)
        let orders = try #require(landscape.components.first { $0.path == "Orders" }).id
        #expect(landscape.edges.contains { $0.from == orders && $0.to == "postgresql:ordersdb" && $0.strength == .call })
    }

    @Test("a C# file that is not an AppHost declares nothing")
    func notAnAppHost() throws {
        let landscape = try scannedLandscape([
            "Api/Api.csproj": "<Project Sdk=\"Microsoft.NET.Sdk.Web\"></Project>",
            "Api/Program.cs": "var x = builder.AddRedis(\"cache\");\n",
        ])
        #expect(landscape.resources.isEmpty)
    }

    @Test("WithEnvironment hands a project another project's endpoint, or a URL, under the key it names")
    func withEnvironment() throws {
        let landscape = try scannedLandscape([
            "Host/Host.csproj": "<Project Sdk=\"Microsoft.NET.Sdk\"></Project>",
            "Host/Program.cs": """
                var builder = DistributedApplication.CreateBuilder(args);
                var identity = builder.AddProject<Projects.Shop_Identity>("identity");
                var identityEndpoint = identity.GetEndpoint("https");
                var audit = builder.AddProject<Projects.Shop_Audit>("audit");
                builder.AddProject<Projects.Shop_Portal>("portal")
                    .WithEnvironment("IdentityUrl", identityEndpoint)
                    .WithEnvironment("AuditUrl", audit.GetEndpoint("http"))
                    .WithEnvironment("Theme", "dark")
                    .WithEnvironment("PaymentsUrl", "https://api.stripe.com");
                builder.Build().Run();
                """,
            "Identity/Shop.Identity.csproj": "<Project Sdk=\"Microsoft.NET.Sdk.Web\"></Project>",
            "Audit/Shop.Audit.csproj": "<Project Sdk=\"Microsoft.NET.Sdk.Web\"></Project>",
            "Portal/Shop.Portal.csproj": "<Project Sdk=\"Microsoft.NET.Sdk.Web\"></Project>",
            "Portal/Program.cs": """
                var builder = WebApplication.CreateBuilder(args);
                builder.Services.AddAuthentication().AddJwtBearer(options =>
                {
                    options.Authority = builder.Configuration["IdentityUrl"];
                });
                """,
        ])
        let portal = try #require(landscape.components.first { $0.path == "Portal" }).id
        let identity = try #require(landscape.components.first { $0.path == "Identity" }).id
        let audit = try #require(landscape.components.first { $0.path == "Audit" }).id
        let authority = try #require(landscape.edges.first { $0.from == portal && $0.to == identity })
        #expect(authority.strength == .call && authority.evidence.first?.path == "Portal/Program.cs")
        let auditEdge = try #require(landscape.edges.first { $0.from == portal && $0.to == audit })
        #expect(auditEdge.evidence.first?.path == "Host/Program.cs" && auditEdge.evidence.first?.line == 7)
        #expect(landscape.edges.contains { $0.from == portal && $0.to == "saas:stripe" })
        #expect(landscape.edges.filter { $0.from == portal }.count == 3)
    }
}
