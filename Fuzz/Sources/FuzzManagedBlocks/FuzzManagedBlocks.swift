import FuzzSupport
@testable import IntegrateCore

/// The managed-block parser: a document either is refused (unbalanced, nested or duplicated
/// markers) or gives back its exact bytes; rewriting every block changes nothing outside them.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzManagedBlocks(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = FuzzDriver.text(data, size)
    guard var document = try? ManagedDocument(text: text, path: "fuzz.md") else { return 0 }
    FuzzDriver.require(document.text == text, "the document did not give back its own text")
    let outside = outsideLines(document)
    for id in document.blockIDs { document.replace(id: id, markdown: "generated \(id)\nsecond line") }
    FuzzDriver.require(outsideLines(document) == outside, "rewriting blocks changed text outside them")
    FuzzDriver.require((try? ManagedDocument(text: document.text, path: "fuzz.md")) != nil, "a rewritten document no longer parses")
    document.insert(id: "fuzz.inserted", markdown: "new block", underHeading: "Fuzz")
    FuzzDriver.require(document.blockIDs.contains("fuzz.inserted"), "an inserted block is missing")
    return 0
}

/// The lines outside every block (markers excluded) with their terminators, as the document
/// splits them (`\n`, `\r\n` or a lone `\r`).
func outsideLines(_ document: ManagedDocument) -> [TextLines.Line] {
    var inside = Set<Int>()
    for block in document.blocks { inside.formUnion(block.beginLine...block.endLine) }
    return document.lines.lines.enumerated().filter { !inside.contains($0.offset) }.map(\.element)
}

@_cdecl("FuzzManagedBlocks_main")
func fuzzManagedBlocksMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    FuzzDriver.run(argc, argv, fuzzManagedBlocks)
}
