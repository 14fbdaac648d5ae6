// swift-tools-version: 6.1
import PackageDescription

/// Targets: `IntegrateCore` holds all logic (its run, `Run/IntegrationRun.swift`, goes
/// Framework → Scan → Landscape → Phases → Plan → Write), `integrate` is the thin CLI, and `IntegrationKit`
/// is a dependency-light resilience library for users' services.
let strictSwift: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "integrate",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "integrate", targets: ["integrate"]),
        .library(name: "IntegrateCore", targets: ["IntegrateCore"]),
        .library(name: "IntegrationKit", targets: ["IntegrationKit"]),
        .library(name: "IntegrationKitHTTP", targets: ["IntegrationKitHTTP"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-distributed-tracing", from: "1.7.3"),
        .package(url: "https://github.com/modelcontextprotocol/swift-sdk", from: "0.12.1"),
        .package(url: "https://github.com/apple/swift-system", from: "1.8.1"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
    ],
    targets: [
        .target(
            name: "IntegrateCore",
            dependencies: [.product(name: "Yams", package: "Yams")],
            swiftSettings: strictSwift
        ),
        .executableTarget(
            name: "integrate",
            dependencies: [
                "IntegrateCore",
                "IntegrateMCP",
                "IntegrateVerify",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSwift
        ),
        .target(
            name: "IntegrationKit",
            dependencies: [
                .product(name: "CoreMetrics", package: "swift-metrics"),
                .product(name: "Tracing", package: "swift-distributed-tracing"),
            ],
            swiftSettings: strictSwift
        ),
        .target(
            name: "IntegrationKitHTTP",
            dependencies: ["IntegrationKit"],
            swiftSettings: strictSwift
        ),
        .executableTarget(
            name: "IntegrationKitBenchmarks",
            dependencies: ["IntegrationKit"],
            path: "Benchmarks/IntegrationKitBenchmarks",
            swiftSettings: strictSwift
        ),
        .target(
            name: "IntegrateMCP",
            dependencies: ["IntegrateCore", "IntegrateVerify", .product(name: "MCP", package: "swift-sdk")],
            swiftSettings: strictSwift
        ),
        .testTarget(
            name: "IntegrateMCPTests",
            dependencies: [
                "IntegrateMCP",
                "IntegrateCore",
                .product(name: "MCP", package: "swift-sdk"),
                .product(name: "SystemPackage", package: "swift-system"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            swiftSettings: strictSwift
        ),
        .target(
            name: "IntegrateVerify",
            dependencies: [
                "IntegrateCore",
                "IntegrationKit",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
            ],
            swiftSettings: strictSwift
        ),
        .testTarget(
            name: "IntegrateVerifyTests",
            dependencies: [
                "IntegrateVerify",
                "IntegrateCore",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            swiftSettings: strictSwift
        ),
        .testTarget(
            name: "IntegrateCoreTests",
            dependencies: ["IntegrateCore", .product(name: "Yams", package: "Yams")],
            swiftSettings: strictSwift
        ),
        .testTarget(
            name: "IntegrateCLITests",
            dependencies: ["integrate", "IntegrateCore", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: strictSwift
        ),
        .testTarget(
            name: "IntegrationKitTests",
            dependencies: [
                "IntegrationKit",
                "IntegrationKitHTTP",
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "InMemoryTracing", package: "swift-distributed-tracing"),
            ],
            swiftSettings: strictSwift
        ),
    ]
)
