/// How the structural scan decides what a component is, what is out of the core deployment and
/// how strongly an edge is shown: one entry per decision, rendered into `docs/rules.md`
/// (the fixtures in `Tests/IntegrateCoreTests/Scan/Structure` exercise each one).
public struct StructuralRule: Sendable, Hashable {
    public var id: String
    public var summary: String
    /// A short example of what it reads, as written in the tree.
    public var example: String
    /// Where it is known to be imprecise.
    public var note: String?

    public static let all: [StructuralRule] = [
        StructuralRule(
            id: "structure.compose.dockerfile",
            summary: "A compose service whose build context is shared (the compose folder or the root) and whose Dockerfile sits in a service folder is that folder's component, named after the service; a Dockerfile chosen by a variable is read through `.env`.",
            example: "build: { context: ., dockerfile: Services/Billing/Dockerfile }",
            note: "Several services built from Dockerfiles in one shared folder (`docker/a.Dockerfile`, `docker/b.Dockerfile`) join one component."),
        StructuralRule(
            id: "structure.compose.variants",
            summary: "Test compose files (`*test*`, `*e2e*`) are test scope and not mapped; alternative files chosen with `-f` (`docker-compose.prod.yml`) add their own services but do not rewire the default deployment (base + `override`); overlays named for logging or monitoring put the services they define in the telemetry tier.",
            example: "docker-compose-tests.yml, docker-compose.prod.yml, docker-compose.elk.yml",
            note: "Tiers come from file names only; a profile (`profiles: [debug]`) is not read."),
        StructuralRule(
            id: "structure.tier",
            summary: "Test-harness folders (`e2e`, `*.FunctionalTests`, `*-tests`) are test scope; load generators are tooling; observability images and folders (Jaeger, Prometheus, Grafana, Seq, ELK, collectors) are the telemetry tier, shown apart.",
            example: "src/loadgenerator, image: jaegertracing/all-in-one",
            note: "By name only: a load generator in a folder without such a name stays core."),
        StructuralRule(
            id: "structure.executables",
            summary: "A manifest that builds two or more executables gives one component each: SwiftPM `executableTarget`s (also through a helper function returning one), Go `cmd/<name>` mains, cobra subcommands that start a server from an in-repo package.",
            example: ".executableTarget(name: \"Checkout\"), lambda(\"Refunds\"), &cobra.Command{Use: \"cart\" ... cart.NewServer(",
            note: "A cobra command counts only when its block calls `<pkg>.New*Server(`, `Serve(`, `ListenAndServe(` or `Start*(` on an imported in-repo package."),
        StructuralRule(
            id: "structure.libraries",
            summary: "In-repo references (`ProjectReference`, `.package(path:)`, npm `file:`, Go `replace => ../`, pip paths) are recorded as `uses`; a component that is not deployed and declares only a library, or declares no entry point and is referenced, is a library; its edges are drawn from every deployable that uses it, and its event-bus facade calls in those deployables take its broker.",
            example: "<ProjectReference Include=\"..\\Shared\\Bus\\Bus.csproj\" />",
            note: "Maven/Gradle module dependencies and Go imports without a `replace` are not read as references."),
        StructuralRule(
            id: "structure.component-names",
            summary: "A component is named after its compose service when one builds it, else after its folder; an inner folder (`src`, `app`, `server`) takes the name of the folder above, and the repo root takes the project's name.",
            example: "payments/src/package.json -> payments"),
        StructuralRule(
            id: "structure.edge-strength",
            summary: "Each edge says what backs it: `call` (a call site), `messaging` (producer and consumer of one topic), `config` (an env or config value), `manifest` (only a declared client library: lower confidence), `startOrder` (only `depends_on`); weaker evidence folds into a stronger edge of the same pair.",
            example: "ledger -> redis: redis sync [manifest] at ledger/pom.xml:2",
            note: "A manifest edge may name a library that is declared but never called (a transitive starter)."),
    ]
}
