// swift-tools-version: 6.1
import PackageDescription

/// libFuzzer targets, one per parser, kept out of the main package so its build is untouched.
/// Built only by `scripts/fuzz` (`swift build -Xswiftc -sanitize=fuzzer -Xswiftc -parse-as-library`);
/// each target's `LLVMFuzzerTestOneInput` checks the parser's own promises, not just "no crash".
let package = Package(
    name: "IntegrateFuzz",
    platforms: [.macOS(.v15)],
    dependencies: [
        // Named, since a path dependency is otherwise known by its folder (a worktree, a clone).
        .package(name: "integrate", path: ".."),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        .target(name: "FuzzSupport"),
        .executableTarget(name: "FuzzChecklist", dependencies: ["FuzzSupport", .product(name: "IntegrateCore", package: "integrate")]),
        .executableTarget(name: "FuzzManagedBlocks", dependencies: ["FuzzSupport", .product(name: "IntegrateCore", package: "integrate")]),
        .executableTarget(name: "FuzzStructuredText", dependencies: [
            "FuzzSupport", .product(name: "IntegrateCore", package: "integrate"), .product(name: "Yams", package: "Yams"),
        ]),
        .executableTarget(name: "FuzzUserRules", dependencies: ["FuzzSupport", .product(name: "IntegrateCore", package: "integrate")]),
        .executableTarget(name: "FuzzDeployment", dependencies: ["FuzzSupport", .product(name: "IntegrateCore", package: "integrate")]),
    ]
)
