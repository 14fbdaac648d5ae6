/// gRPC service implementations registered on a server.
enum GRPCServerRules {
    static let all = [go, python, javaService, javaImplBase, dotnet, node, swift]

    private static func server(_ id: String, _ summary: String, _ languages: [Language], _ keywords: [String], _ pattern: String,
                               _ triggering: [String], _ nonTriggering: [String]) -> Rule {
        Rule(id: id, summary: summary, kind: .grpcServer, technology: "grpc", protocol: "grpc", direction: .receive,
             languages: languages, keywords: keywords, pattern: pattern, triggering: triggering, nonTriggering: nonTriggering)
    }

    /// Go: `pb.RegisterInventoryServer(s, &server{})`.
    static let go = server(
        "go.grpc.server", "A gRPC service registered on a Go server.", [.go], ["Server("],
        #"\b\w+\.Register(?<target>\w+?)Server\(\s*\w+"#,
        ["s := grpc.NewServer()\n↓pb.RegisterInventoryServer(s, &server{})"], ["s := grpc.NewServer()"])

    /// Python: `inventory_pb2_grpc.add_InventoryServicer_to_server(Servicer(), server)`.
    static let python = server(
        "python.grpc.server", "A gRPC servicer added to a Python server.", [.python], ["_to_server"],
        #"\b(?:\w+\.)?add_(?<target>\w+?)Servicer_to_server\("#,
        ["↓inventory_pb2_grpc.add_InventoryServicer_to_server(InventoryServicer(), server)"], ["server = grpc.server(executor)"])

    /// Java/Kotlin: `@GrpcService` on an implementation.
    static let javaService = server(
        "java.grpc.service", "A gRPC service implementation annotated for Spring gRPC.", [.java, .kotlin], ["@GrpcService"],
        #"@GrpcService\b"#,
        ["↓@GrpcService\npublic class InventoryService extends InventoryGrpc.InventoryImplBase {}"], ["@Service\npublic class A {}"])

    /// Java/Kotlin: `extends InventoryGrpc.InventoryImplBase` without the annotation.
    static let javaImplBase = server(
        "java.grpc.impl-base", "A class implementing a generated gRPC service base.", [.java, .kotlin], ["ImplBase"],
        #"(?<=\s)(?:extends|:)\s+(?<target>\w+)Grpc\.\w+ImplBase"#,
        ["public class InventoryService ↓extends InventoryGrpc.InventoryImplBase {}"], ["class A extends Base {}"])

    /// .NET: `app.MapGrpcService<InventoryService>()`.
    static let dotnet = server(
        "csharp.grpc.server", "A gRPC service mapped in ASP.NET Core.", [.csharp], ["MapGrpcService"],
        #"\bMapGrpcService<(?<target>[\w.]+)>"#,
        ["app.↓MapGrpcService<InventoryService>();"], ["builder.Services.AddGrpc();"])

    /// Node: `server.addService(proto.Inventory.service, impl)`.
    static let node = server(
        "js.grpc.server", "A gRPC service added to a grpc-js server.", [.javascript, .typescript], ["addService"],
        #"\b\w+\.addService\(\s*(?<target>[\w.]+?)(?:\.service)?\s*,"#,
        ["↓server.addService(inventoryProto.Inventory.service, { getStock })"], ["server.bindAsync(addr, creds, cb)"])

    /// Swift (grpc-swift 2): `GRPCServer(transport: ..., services: [...])`.
    static let swift = server(
        "swift.grpc.server", "A grpc-swift server with its services.", [.swift], ["GRPCServer("],
        #"\bGRPCServer\(\s*transport:"#,
        ["let server = ↓GRPCServer(transport: transport, services: [InventoryService()])"], ["let client = GRPCClient(transport: t)"])
}
