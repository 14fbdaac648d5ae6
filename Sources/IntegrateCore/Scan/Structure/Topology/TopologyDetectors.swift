/// The detectors of declared topology, in the order they run: orchestration code first (it
/// names the components), then infrastructure templates, then network policies and gateway
/// routes (which only link nodes the others declared).
enum TopologyDetectors {
    static func apply(
        files: ProjectFiles, kubernetes: KubernetesDetector.Manifests, to topology: inout DeclaredTopology, diagnostics: inout [Diagnostic]
    ) {
        AspireDetector().apply(files: files, to: &topology, diagnostics: &diagnostics)
        CloudFormationDetector().apply(files: files, to: &topology, diagnostics: &diagnostics)
        TerraformDetector().apply(files: files, to: &topology, diagnostics: &diagnostics)
        GatewayRouteDetector().apply(files: files, to: &topology, diagnostics: &diagnostics)
        NginxProxyDetector().apply(files: files, to: &topology, diagnostics: &diagnostics)
        NetworkPolicyLinker().apply(kubernetes, to: &topology)
    }
}
