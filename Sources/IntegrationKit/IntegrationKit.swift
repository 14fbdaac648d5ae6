/// IntegrationKit: resilience primitives for Swift services.
public enum IntegrationKit {}
