import ArgumentParser
import IntegrateCore

/// `--metrics-convention otel|micrometer|prometheus`.
extension MetricsConvention: ExpressibleByArgument {}
