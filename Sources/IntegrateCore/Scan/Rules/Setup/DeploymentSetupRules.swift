/// Health as deployment config states it: compose `healthcheck:` and Kubernetes probes. The
/// resolver gives each to the compose service or workload it sits under.
enum DeploymentSetupRules {
    static let all = [composeHealthcheck, kubernetesProbe, dotnetTelemetryPackage]

    /// A compose service's `healthcheck:`.
    static let composeHealthcheck = SetupRule(
        id: "compose.setup.healthcheck", summary: "A health check on a compose service.",
        provides: [.health], technology: "compose", files: ["docker-compose.yml", "docker-compose.yaml", "compose.yml", "compose.yaml", "*compose.override.yml", "*compose.override.yaml"],
        keywords: ["healthcheck:"], pattern: #"(?<=^[ \t]{2,8})healthcheck:"#, defaultValue: "compose healthcheck",
        triggering: ["services:\n  orders:\n    build: ./orders\n    ↓healthcheck:\n      test: [\"CMD\", \"curl\", \"-f\", \"http://localhost:8000/health\"]"],
        nonTriggering: ["services:\n  orders:\n    build: ./orders\n    # healthcheck: later"])

    /// `livenessProbe:`, `readinessProbe:`, `startupProbe:` on a Kubernetes container.
    static let kubernetesProbe = SetupRule(
        id: "k8s.setup.probe", summary: "A liveness, readiness or startup probe on a Kubernetes container.",
        provides: [.health], technology: "kubernetes", files: ["*.yaml", "*.yml"], keywords: ["livenessProbe", "readinessProbe", "startupProbe"],
        pattern: #"(?<=^[ \t]{2,40})(?<value>livenessProbe|readinessProbe|startupProbe):"#,
        triggering: ["spec:\n  containers:\n    - name: orders\n      ↓readinessProbe:\n        httpGet: {path: /health, port: 8000}"],
        nonTriggering: ["spec:\n  containers:\n    - name: orders\n      image: orders:1"])

    /// OpenTelemetry, prometheus-net or Application Insights packages in a .NET project file.
    static let dotnetTelemetryPackage = SetupRule(
        id: "dotnet.setup.telemetry-package", summary: "A metrics or tracing package in a .NET project or central package file.",
        provides: [.telemetry], technology: "dotnet-telemetry", files: ["*.csproj", "*.fsproj", "Directory.Packages.props"],
        keywords: ["OpenTelemetry", "prometheus-net", "ApplicationInsights"],
        pattern: #"<Package(?:Reference|Version)\s+Include="(?<value>OpenTelemetry[\w.]*|prometheus-net[\w.]*|Microsoft\.ApplicationInsights[\w.]*)""#,
        triggering: ["<ItemGroup>\n  ↓<PackageReference Include=\"OpenTelemetry.Extensions.Hosting\" Version=\"1.8.1\" />\n</ItemGroup>"],
        nonTriggering: ["<ItemGroup>\n  <PackageReference Include=\"Polly\" Version=\"8.0.0\" />\n</ItemGroup>"])
}
