import Foundation
import FuzzSupport
@testable import IntegrateCore

/// docker-compose and Kubernetes files (and the env and config files they pull in): the input
/// is written as a compose file and as a manifest of a small project and the structural scan
/// runs over it. No crash; every diagnostic names a file of the project.
let folder = FileManager.default.temporaryDirectory.appendingPathComponent("integrate-fuzz-deployment-\(getpid())")
let paths = ["docker-compose.yml", "k8s/orders.yaml", "orders/src/main/resources/application.yml"]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDeployment(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Data(bytes: $0, count: size) } ?? Data()
    var files: [WalkedFile] = []
    for path in paths {
        let url = folder.appendingPathComponent(path)
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? bytes.write(to: url)
        files.append(WalkedFile(path: path, url: url, size: bytes.count))
    }
    let manifest = folder.appendingPathComponent("orders/package.json")
    try? Data("{\"name\": \"orders\"}".utf8).write(to: manifest)
    files.append(WalkedFile(path: "orders/package.json", url: manifest, size: 18))
    let facts = StructuralScanner().scan(root: folder, files: files)
    for diagnostic in facts.diagnostics {
        FuzzDriver.require(diagnostic.path.map { !$0.hasPrefix("/") } ?? true, "a diagnostic with an absolute path: \(diagnostic)")
    }
    return 0
}

@_cdecl("FuzzDeployment_main")
func fuzzDeploymentMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    FuzzDriver.run(argc, argv, fuzzDeployment)
}
