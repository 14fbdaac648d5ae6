import Foundation
import Testing
@testable import IntegrateCore

/// Shared setup reaches the components that call it; deployment health belongs to its service.
@Suite("Landscape setup facts")
struct SetupFactResolverTests {
    @Test("Resilience, health and telemetry in a shared-defaults library reach every service that calls it")
    func sharedDefaults() throws {
        let project = try TestProject(files: [
            "Defaults/Defaults.csproj": "<Project><ItemGroup><PackageReference Include=\"OpenTelemetry.Extensions.Hosting\" Version=\"1.8.1\" /></ItemGroup></Project>\n",
            "Defaults/Extensions.cs": """
                public static class Extensions
                {
                    public static IHostApplicationBuilder AddServiceDefaults(this IHostApplicationBuilder builder)
                    {
                        builder.ConfigureOpenTelemetry();
                        builder.Services.ConfigureHttpClientDefaults(http =>
                        {
                            http.AddStandardResilienceHandler();
                        });
                        return builder;
                    }

                    public static IHostApplicationBuilder ConfigureOpenTelemetry(this IHostApplicationBuilder builder)
                    {
                        builder.Services.AddOpenTelemetry()
                            .WithTracing(t => t.AddHttpClientInstrumentation());
                        return builder;
                    }

                    public static WebApplication MapDefaultEndpoints(this WebApplication app)
                    {
                        app.MapHealthChecks("/health");
                        app.MapHealthChecks("/alive");
                        return app;
                    }
                }
                """,
            "Basket/Basket.csproj": "<Project />\n",
            "Basket/Program.cs": """
                var builder = WebApplication.CreateBuilder(args);
                builder.AddServiceDefaults();
                builder.Services.AddHttpClient<CatalogClient>(c => c.BaseAddress = new Uri("http://catalog"));
                var app = builder.Build();
                app.MapDefaultEndpoints();
                app.MapGet("/basket/{id}", (string id) => id);
                app.Run();
                """,
        ])
        let landscape = try ProjectScanner().scan(root: project.root).landscape
        let basket = landscape.setup(of: "basket")
        #expect(Set(basket.map(\.kind)) == [.timeout, .retry, .circuitBreaker, .bulkhead, .health, .telemetry])
        #expect(Set(basket.filter { $0.kind == .health }.compactMap(\.value)) == ["/health", "/alive"])
        #expect(basket.allSatisfy { $0.via != nil && $0.evidence.first?.path == "Basket/Program.cs" })
        #expect(!landscape.setup.contains { $0.kind == .definition || $0.kind == .invocation })
    }

    @Test("A compose healthcheck belongs to the service it sits under")
    func composeHealthcheck() throws {
        let project = try TestProject(files: [
            "docker-compose.yml": "services:\n  web:\n    image: nginx\n  api:\n    build: ./api\n    healthcheck:\n      test: [\"CMD\", \"true\"]\n",
            "api/package.json": "{\"name\": \"api\"}\n",
        ])
        let landscape = try ProjectScanner().scan(root: project.root).landscape
        #expect(landscape.setup.filter { $0.kind == .health }.map(\.component) == ["api"])
    }
}
