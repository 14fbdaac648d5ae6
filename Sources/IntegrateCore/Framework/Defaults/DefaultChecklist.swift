import Foundation

extension BuiltInFramework {
    /// The built-in `integrations-checklist.md`: Phases 0-7, each item the tool can judge with a
    /// stable id. Items without an id are for people to mark.
    static let checklist = #"""
# Integration Framework Checklist

Markers: `[ ]` not started · `[~]` in progress · `[x]` complete · `[!]` blocked (say why).
Items with an `id` comment are evaluated by `integrate` from evidence in the project; it never
lowers a marker you set to `[x]`. Add your own items anywhere: they are kept.

## 🔎 Phase 0: Integration Planning & Architecture (MANDATORY FIRST)

### Landscape
- [ ] **MAP** the current system landscape and integration points (services, inbound APIs, outbound calls, stores, brokers, third parties) <!-- id: p0.landscape -->
- [ ] **RESOLVE** every outbound call to the system it reaches <!-- id: p0.targets-resolved -->
- [ ] **DEFINE** integration requirements and data-flow patterns (sync request/response vs async messaging per flow) <!-- id: p0.data-flows -->
- [ ] **CHOOSE** integration patterns and technologies, and record why <!-- id: p0.patterns -->

### Plans
- [ ] **DOCUMENT** API contracts and interface specifications for every provided API <!-- id: p0.contracts -->
- [ ] **PLAN** error handling, retries and circuit breakers for every outbound dependency <!-- id: p0.resilience-plan -->
- [ ] **ESTABLISH** integration testing and validation strategies <!-- id: p0.testing-strategy -->
- [ ] Agree on ownership and escalation contacts for each external dependency

## 📐 Phase 1: API Design & Contract Definition

- [ ] **PUBLISH** a machine-readable contract (OpenAPI, AsyncAPI, .proto, GraphQL SDL) for each provided API <!-- id: p1.specs -->
- [ ] **VERSION** every API (info.version, versioned path or server URL) <!-- id: p1.versioning -->
- [ ] **COLLECT** all contracts into `api-contracts/` with an index <!-- id: p1.catalog -->
- [ ] **DESCRIBE** asynchronous messages (topics, payloads) where messaging is used <!-- id: p1.async-contracts -->
- [ ] Review every contract change for backward compatibility before release

## 🛠️ Phase 2: Integration Implementation & Development

- [ ] **EXTERNALIZE** endpoints into configuration instead of hard-coded URLs <!-- id: p2.config-endpoints -->
- [ ] **KEEP** secret values out of committed configuration <!-- id: p2.secrets -->
- [ ] **ISOLATE** each external dependency behind one client or adapter per component
- [ ] Use idempotency keys for non-idempotent calls that may be retried

## 🔄 Phase 3: Data Mapping & Transformation Logic

- [ ] **IDENTIFY** the owner of every data store (no store shared across services without a contract) <!-- id: p3.store-ownership -->
- [ ] **DEFINE** request/response and message schemas that mappings follow <!-- id: p3.schemas -->
- [ ] **KEEP** every copy of a contract in step with the provider's (no breaking drift between copies) <!-- id: p3.contract-copies -->
- [ ] **MATCH** each consumer's decode type to the payload its provider sends (no field read but never sent, no type mismatch) <!-- id: p3.payloads -->
- [ ] **CLASSIFY** every personal or secret field that leaves for an external system <!-- id: p3.sensitive-data -->
- [ ] Document field-level mappings and transformations between systems
- [ ] Validate incoming data at every boundary

## 🛡️ Phase 4: Error Handling & Resilience Patterns

- [ ] **SET** a timeout on every outbound call <!-- id: p4.timeouts -->
- [ ] **RETRY** transient failures with backoff and jitter, within a budget <!-- id: p4.retries -->
- [ ] **PROTECT** dependencies with circuit breakers and bulkheads <!-- id: p4.circuit-breakers -->
- [ ] Define fallbacks and dead-letter handling for failed messages

## 🧪 Phase 5: Testing & Contract Validation

- [ ] **TEST** integrations with mocks or stubs of their dependencies <!-- id: p5.integration-tests -->
- [ ] **VERIFY** contracts continuously (consumer-driven contracts or provider verification) <!-- id: p5.contract-tests -->
- [ ] Run failure-injection tests (timeouts, 5xx, slow responses) against each dependency

## 📊 Phase 6: Monitoring & Observability Setup

- [ ] **EXPOSE** a health endpoint on every service <!-- id: p6.health -->
- [ ] **INSTRUMENT** integration calls with metrics and traces <!-- id: p6.telemetry -->
- [ ] Alert on integration success rate (>99.5%) and latency (<2 s for synchronous calls)

## 🚀 Phase 7: Performance Optimization & Scaling

- [ ] **CACHE** hot reads from slow or rate-limited dependencies <!-- id: p7.caching -->
- [ ] **OFFLOAD** slow or bursty work to asynchronous messaging <!-- id: p7.async-offload -->
- [ ] Load-test critical integrations and record capacity limits

## 🎯 Final Validation
- [ ] Every integration point is documented, tested and monitored
- [ ] Success metrics are tracked: >99.5% success, <2 s sync latency, <0.1% sync errors, MTTR <15 min

## 📝 Change Log
| Date | Change | By |
|------|--------|----|
| ____ | ____ | ____ |
"""#
}
