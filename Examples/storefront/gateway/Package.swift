// swift-tools-version:5.9
import PackageDescription

let package = Package(
    name: "gateway",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(url: "https://github.com/vapor/vapor.git", from: "4.92.0"),
        .package(url: "https://github.com/vapor/redis.git", from: "4.10.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.0.0"),
    ],
    targets: [
        .executableTarget(name: "App", dependencies: [
            .product(name: "Vapor", package: "vapor"),
            .product(name: "Redis", package: "redis"),
            .product(name: "Prometheus", package: "swift-prometheus"),
        ]),
    ]
)
