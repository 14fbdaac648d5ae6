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
            note: "A manifest edge may name a library that is declared but never called, when the code names its system for another reason (see `structure.corroboration`)."),
        StructuralRule(
            id: "structure.corroboration",
            summary: "An edge resting only on a weak statement needs the component's own production code: a manifest-only library edge or a `depends_on` to a store or broker is kept only when the code names that system (`redis`, `lettuce`, `mongo`, `sqlserver`, ...); a `depends_on` to another component only when the code names it; a config edge resting only on a ConfigMap that several workloads read whole (`envFrom`) only when the code names the key (keys a framework binds itself, `SPRING_*`, `ASPNETCORE_*`, `Section__Key`, count as read). A component without code here (image only) keeps its edges.",
            example: "billing: depends_on [db] with no SQL in billing/ -> no billing -> db edge",
            note: "A text test: a system or key named only in a comment or log line counts; a key read through a computed name does not, and its shared-ConfigMap edge is dropped. Systems without a word list (cloud vendors) are not checked."),
        StructuralRule(
            id: "structure.connection-strings",
            summary: "A key/value connection string names its server (`Server=`, `Data Source=`, `Host=`, also as a `${VAR:-...}` default) and is an endpoint, as is any key ending in `ConnectionString`; users, passwords and `*Key`/`*Signature` parts are removed before it is shown. SQL Server images (`mssql/server`, `azure-sql-edge`) are `mssql` stores.",
            example: "ConnectionString=${DB:-Server=sql;Database=Orders;User Id=sa;Password=...}",
            note: "Only the first server of a failover list is read."),
        StructuralRule(
            id: "structure.library-stores",
            summary: "A library that opens a store on a connection its user hands over (`UseSqlServer(connection)`) passes that store edge only to users that state the connection themselves (their own config value or call naming the store); broker and HTTP edges of a library still reach every user.",
            example: "EventLog library -> mssql:sql reaches orders (ConnectionString=Server=sql;...) but not payments",
            note: "A user that builds the connection in code the scan cannot resolve loses the edge."),
        StructuralRule(
            id: "structure.go-client-packages",
            summary: "A Go client package in a service's folder (`func New…(` in a file that dials gRPC or builds an in-repo HTTP wrapper holding an unresolved call) that another, non-library component imports and builds gives the edge builder -> the service whose folder holds it, citing the construction site and the call.",
            example: "web/quote.go: stock.NewClient(opts.StockHostPort) with stock/client.go: grpc.NewClient(hostPort) -> web -> stock: grpc",
            note: "Only top-level `New…` constructors are followed, one wrapper level deep; a client built through a factory variable or in the repo root is not attributed."),
        StructuralRule(
            id: "structure.nginx-proxy",
            summary: "An nginx config (`nginx.conf`, `*.conf`, an envsubst `*.conf.template`) in a component's folder makes each `proxy_pass` / `grpc_pass` an endpoint of that component (an `upstream` name gives one per `server`), so proxy -> upstream edges resolve like env URLs; a `${HOST}` template reads the proxy's own env first and the `ENV HOST=…` default of its Dockerfile second.",
            example: "location /api/cart/ { proxy_pass http://${CART_HOST}:8080/; } with ENV CART_HOST=cart -> web -> cart: http",
            note: "nginx runtime variables (`proxy_pass http://$upstream;`) and configs outside any component folder are not read; `include`d files count only when they match the names above."),
        StructuralRule(
            id: "structure.published-ports",
            summary: "A call whose address is the docker host's published port (`http://host.docker.internal:5105`, also `gateway.docker.internal`, `host.containers.internal`) reaches the compose service that publishes that host port (`ports: [\"5105:80\"]`).",
            example: "Authority = configuration[\"IdentityUrl\"] with IdentityUrl=http://host.docker.internal:5105 -> identity-api",
            note: "Only for a call site that reads the address: a setting alone holding such a URL is usually an address handed to browsers (redirect or public URL) and draws no edge; `localhost:<port>` is not read this way; a port two services publish names neither."),
        StructuralRule(
            id: "structure.cdk-ssm-parameters",
            summary: "An SSM parameter that AWS CDK code (an app folder with `cdk.json`) writes (`new ssm.StringParameter(…, { parameterName: … })`, Python `parameter_name=`) is published by the component owning that file, so a CloudFormation/SAM parameter elsewhere that reads the same path (its `Default` or a value in a file beside the template) refers to that component.",
            example: "parameterName: \"/shop/\" + env + \"/partner/api/url\" in partner/lib/stack.ts; PartnerApiUrl: /shop/{Stage}/partner/api/url -> checkout -> partner",
            note: "Only names written on the `parameterName` line (literals, `+` concatenations, template literals, f-strings) are read; a name built in a variable elsewhere is not followed."),
        StructuralRule(
            id: "structure.aspire-apphost",
            summary: "A .NET Aspire AppHost declares the topology: `AddProject<Projects.X>(\"name\")` is X's component, `AddPostgres().AddDatabase()`, `AddRedis`, `AddRabbitMQ`, `AddKafka`, … are resources, `WithReference(x)` gives the project Aspire's own setting for x (`ConnectionStrings:<name>`, `services:<name>:http`) and `WithEnvironment(\"Key\", x.GetEndpoint(…))` (or a variable holding that endpoint, or a literal URL) the setting `Key`; code reading those settings resolves to x.",
            example: ".WithEnvironment(\"IdentityUrl\", identity.GetEndpoint(\"https\")) with options.Authority = configuration[\"IdentityUrl\"] -> portal -> identity",
            note: "Only string-literal keys and plain variables are read; an endpoint built in a helper method, or a value from `builder.Configuration`, is not followed."),
        StructuralRule(
            id: "structure.coarse-cloud-edges",
            summary: "A cloud SDK call that names none of its service's resources is drawn to the service or provider node (`dynamodb`, `saas:aws`) only while its component reaches no named resource of that service (or, for a provider node, of that provider); a library's bare client dependency (`boto3` in its requirements) is not passed on to the deployables built from it.",
            example: "create_order: boto3.resource('dynamodb') and dynamodb.Table(TABLE_NAME) -> only create_order -> dynamodb:orders",
            note: "A component that really uses a second, unnamed resource of the same service loses that coarse edge."),
    ]
}
