/// IntegrationKit: resilience primitives for Swift services.
///
/// Strategies (each usable alone): ``CircuitBreaker``, ``Retry``, ``Bulkhead``, ``Timeout``,
/// ``RateLimiter``, ``Fallback``, composed in a fixed, documented order by ``ResiliencePipeline``.
/// Per-key instances (for example one breaker per host) come from a bounded ``KeyedRegistry``.
/// Time comes from an injectable ``ResilienceClock`` so tests never sleep.
public enum IntegrationKit {}
