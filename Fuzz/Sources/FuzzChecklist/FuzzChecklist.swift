import FuzzSupport
@testable import IntegrateCore

/// The checklist parser: any text parses, gives back its exact bytes, and item ids are unique
/// per the parser's own duplicate report.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzChecklist(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = FuzzDriver.text(data, size)
    let document = ChecklistDocument(text: text)
    FuzzDriver.require(document.text == text, "the checklist did not give back its own text")
    for item in document.items { if let id = item.id { _ = document.item(id: id) } }
    for number in 0...7 { _ = document.phase(number) }
    return 0
}

@_cdecl("FuzzChecklist_main")
func fuzzChecklistMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    FuzzDriver.run(argc, argv, fuzzChecklist)
}
