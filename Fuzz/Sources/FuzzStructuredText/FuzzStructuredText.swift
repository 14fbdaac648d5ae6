import FuzzSupport
@testable import IntegrateCore
import Yams

/// The one YAML/JSON loader and the OpenAPI spec loader on top of it: every input loads or
/// fails with a located error (line and column at least 1), within the limits; nothing crashes.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzStructuredText(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = FuzzDriver.text(data, size)
    for file in ["fuzz.yaml", "fuzz.json"] {
        do throws(YAMLLoadError) {
            _ = try YAMLLoader.document(text, file: file)
        } catch {
            FuzzDriver.require(error.file == file && error.line >= 1 && error.column >= 1, "an error without a location: \(error)")
        }
    }
    let loaded = YAMLLoader.documents(text, file: "fuzz.yaml")
    if let error = loaded.error { FuzzDriver.require(error.line >= 1, "an error without a line: \(error)") }
    struct State: Decodable { var version: Int?; var items: [String: String]? }
    _ = try? YAMLLoader.decodeJSON(State.self, from: text, file: "state.json")
    do {
        _ = try SpecLoader().load(text: text, name: "openapi.yaml")
    } catch let error as SpecLoadError {
        FuzzDriver.require(error.file == "openapi.yaml" && error.line >= 1, "a spec error without a location: \(error)")
    } catch {
        FuzzDriver.require(false, "the spec loader threw something other than SpecLoadError: \(error)")
    }
    return 0
}

@_cdecl("FuzzStructuredText_main")
func fuzzStructuredTextMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    FuzzDriver.run(argc, argv, fuzzStructuredText)
}
