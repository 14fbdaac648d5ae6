import FuzzSupport
@testable import IntegrateCore

/// A project's own rule files: any text gives rules or located diagnostics, never a crash; every
/// loaded rule's pattern compiles and runs on a small source file.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzUserRules(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = FuzzDriver.text(data, size)
    let loaded = UserRuleLoader().load(yaml: text, path: "rules/fuzz.yaml")
    for diagnostic in loaded.diagnostics {
        FuzzDriver.require(diagnostic.path == "rules/fuzz.yaml", "a diagnostic without its file: \(diagnostic)")
    }
    for rule in loaded.rules {
        _ = rule.findings(in: "import requests\nrequests.get('http://orders:8080/orders')\n")
    }
    return 0
}

@_cdecl("FuzzUserRules_main")
func fuzzUserRulesMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    FuzzDriver.run(argc, argv, fuzzUserRules)
}
