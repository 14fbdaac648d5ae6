/// gRPC clients: generated stubs and channels to a target.
enum GRPCClientRules {
    static let all = [goStub, goDial, pythonStub, pythonChannel, javaStub, javaChannel, dotnetChannel, dotnetTypedClient, nodeClient,
                      nodeGeneratedClient, swiftClient]

    private static func client(_ id: String, _ summary: String, _ languages: [Language], _ keywords: [String], _ pattern: String,
                               confidence: Rule.Confidence = .high, _ triggering: [String], _ nonTriggering: [String]) -> Rule {
        Rule(id: id, summary: summary, kind: .grpcClient, technology: "grpc", protocol: "grpc", direction: .call,
             languages: languages, keywords: keywords, pattern: pattern, confidence: confidence,
             triggering: triggering, nonTriggering: nonTriggering)
    }

    private static let argument = RulePatterns.argument

    static let goStub = client(
        "go.grpc.stub", "A generated gRPC client stub in Go.", [.go], ["Client("],
        #"\b\w+\.New(?<target>\w+)Client\(\s*\w*(?:conn|Conn|cc)\w*\s*\)"#,
        ["inventory := ↓pb.NewInventoryClient(conn)"], ["c := http.NewClient(cfg)"])

    static let goDial = client(
        "go.grpc.dial", "A gRPC connection to a target in Go.", [.go], ["grpc.Dial", "grpc.NewClient"],
        #"\bgrpc\.(?:Dial|DialContext|NewClient)\(\s*(?:ctx\s*,\s*)?(?<target>"# + argument + ")",
        ["conn, err := ↓grpc.NewClient(os.Getenv(\"INVENTORY_ADDR\"), grpc.WithTransportCredentials(insecure.NewCredentials()))"],
        ["s := grpc.NewServer()"])

    static let pythonStub = client(
        "python.grpc.stub", "A generated gRPC client stub in Python.", [.python], ["Stub("],
        #"\b(?:\w+\.)?(?<target>\w+)Stub\(\s*\w*channel\w*\s*\)"#,
        ["stub = ↓inventory_pb2_grpc.InventoryStub(channel)"], ["stub = mock.Stub()"])

    static let pythonChannel = client(
        "python.grpc.channel", "A gRPC channel to a target in Python.", [.python], ["_channel("],
        #"\bgrpc\.(?:aio\.)?(?:insecure|secure)_channel\(\s*(?<target>"# + argument + ")",
        ["channel = ↓grpc.insecure_channel(f\"{INVENTORY_HOST}:50051\")"], ["server = grpc.server(pool)"])

    static let javaStub = client(
        "java.grpc.stub", "A generated gRPC client stub in Java or Kotlin.", [.java, .kotlin], ["Stub("],
        #"\b(?<target>\w+)Grpc\.new(?:Blocking|Future)?(?:V2)?Stub\("#,
        ["var stub = ↓InventoryGrpc.newBlockingStub(channel);"], ["var s = new Stub();"])

    static let javaChannel = client(
        "java.grpc.channel", "A gRPC channel to a target in Java or Kotlin.", [.java, .kotlin], ["ManagedChannelBuilder"],
        #"\bManagedChannelBuilder\.(?:forTarget|forAddress)\(\s*(?<target>"# + argument + ")",
        ["var ch = ↓ManagedChannelBuilder.forTarget(\"inventory:50051\").usePlaintext().build();"], ["import io.grpc.ManagedChannelBuilder;"])

    static let dotnetChannel = client(
        "csharp.grpc.channel", "A gRPC channel to an address in .NET.", [.csharp], ["GrpcChannel.ForAddress"],
        #"\bGrpcChannel\.ForAddress\(\s*(?<target>"# + argument + ")",
        ["using var channel = ↓GrpcChannel.ForAddress(config[\"Inventory:Url\"]);"], ["services.AddGrpc();"])

    static let nodeClient = client(
        "js.grpc.client", "A grpc-js client to an address.", [.javascript, .typescript], ["grpc.credentials", "credentials.create", "ChannelCredentials.create"],
        #"\bnew\s+[\w.]+\(\s*(?<target>"# + argument + #")\s*,\s*(?:grpc\.)?(?:credentials|ChannelCredentials)\.create"#,
        ["const client = ↓new proto.Inventory(process.env.INVENTORY_ADDR, grpc.credentials.createInsecure())"],
        ["const creds = grpc.credentials.createInsecure()"])

    static let swiftClient = client(
        "swift.grpc.client", "A generated grpc-swift client.", [.swift], ["Client(wrapping"],
        #"\b(?<target>\w+)\.Client\(\s*wrapping:"#,
        ["let inventory = ↓Inventory_Inventory.Client(wrapping: grpcClient)"], ["let client = GRPCClient(transport: t)"])

    static let dotnetTypedClient = client(
        "csharp.grpc.typed-client", "A typed gRPC client registered with its address in .NET.", [.csharp], ["AddGrpcClient"],
        #"\bAddGrpcClient<[^>\n]+>\(\s*(?<target>[^;]{0,400})"#,
        ["services.↓AddGrpcClient<Inventory.InventoryClient>(o => o.Address = new Uri(config[\"Urls:Inventory\"]));"],
        ["services.AddGrpc();"])

    static let nodeGeneratedClient = client(
        "js.grpc.generated-client", "A generated gRPC or gRPC-Web service client to an address (TypeScript/JavaScript).",
        [.typescript, .javascript], ["ServiceClient("],
        #"\bnew\s+(?:\w+\.)*\w+ServiceClient\(\s*(?<target>"# + argument + ")",
        confidence: .medium,
        ["const inventory = ↓new InventoryServiceClient(process.env.INVENTORY_ADDR ?? 'inventory:50051', credentials)"],
        ["const inventory = new InventoryService()"])
}
