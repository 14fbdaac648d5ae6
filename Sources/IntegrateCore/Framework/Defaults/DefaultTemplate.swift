extension BuiltInFramework {
    /// The built-in `integrations-template.md`: the structure of every artifact `integrate`
    /// writes. Each `##` section names its file; each `###` becomes a heading of that file,
    /// followed by the guidance text and the generated block.
    static let template = #"""
# Integration Artifact Templates

Each section below is the structure of one document in `.claude/integrations/`. Headings become
the document's headings; generated content sits in `<!-- integrate:begin … -->` blocks under
them. Write anything you like outside those blocks: it is kept on every run.

## 1. Integration Architecture
<!-- artifact: integration-architecture.md -->
### Principles
The principles every integration in this project follows.
### System Landscape
The services, data stores, brokers and external systems, and how they connect.
### Components
### Integration Points
Every inbound interface and outbound call, with evidence.
### Data Flows
Which flows are synchronous and which asynchronous, and why.
### Data Stores, Brokers and External Systems
### Configuration and Secrets
Endpoints come from configuration; secrets are listed by location only.
### Open Questions
Targets that could not be resolved and problems met while scanning.

## 2. API Contract / Interface Definition
<!-- artifact: api-contracts/README.md -->
### Contracts
Each API: title, version, servers, operations, provider and consumers.
### Routes Without a Contract
### Versioning

## 3. Data Mapping
<!-- artifact: data-mapping.md -->
### Data Stores and Owners
### Schemas
### Message Payloads
### Contract Copies
Copies of one contract in several components, compared with the provider's.
### Payload Checks
Each provider payload against the type its consumer decodes it into.
### Sensitive Fields
Personal and secret fields by name and format, and whether they leave for an external system.
### Field Mappings
Source field → target field, transformation, validation rule.

## 4. Error Handling
<!-- artifact: error-handling.md -->
### Outbound Dependencies
### Resilience Audit
Timeouts, retries and circuit breakers found (or missing) at each outbound call.
### Recommended Policies

## 5. Testing Strategy
<!-- artifact: testing-strategy.md -->
### Integration Test Coverage
### Contract Testing
### Failure Injection
Which failures (timeouts, 5xx, slow responses, broker outages) are rehearsed, and how.

## 6. Monitoring Setup
<!-- artifact: monitoring-setup.md -->
### Health Endpoints
### Telemetry
### Objectives and Alerts

## 7. Performance Optimization
<!-- artifact: performance-optimization.md -->
### Synchronous Call Chains
### Caching
### Asynchronous Offload
"""#
}
