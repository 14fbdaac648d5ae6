import Foundation

/// What a project's `.claude/integrations/` holds before a run touches it (Step 1).
public struct FrameworkInspection: Sendable, Codable, Equatable {
    public enum FileStatus: String, Sendable, Codable { case missing, installed, modified, unknown }

    public var exists: Bool
    /// Framework file name -> status (modified: edited since `integrate` wrote it; unknown: not
    /// written by `integrate`).
    public var frameworkFiles: [String: FileStatus]
    public var artifactsPresent: [String]
    /// Marker label -> count, over the installed checklist.
    public var markerCounts: [String: Int]

    public static func inspect(integrationsFolder: URL, outputFolder: URL) -> FrameworkInspection {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        let exists = manager.fileExists(atPath: integrationsFolder.path, isDirectory: &isDirectory) && isDirectory.boolValue
        let state = (try? FrameworkState.load(from: integrationsFolder)) ?? nil
        var files: [String: FileStatus] = [:]
        var names = Set(BuiltInFramework.componentFiles)
        names.formUnion(state?.files.keys.filter { $0.hasSuffix(".md") && !$0.contains("/") } ?? [])
        for name in names {
            guard let text = try? TextFile.readIfExists(integrationsFolder.appendingPathComponent(name)) else {
                files[name] = .missing
                continue
            }
            if let recorded = state?.files[name] {
                files[name] = recorded.writtenHash == ContentHash.of(text) ? .installed : .modified
            } else {
                files[name] = .unknown
            }
        }
        let artifacts = (ArtifactFile.documents + [ArtifactFile.changelog, ArtifactFile.landscapeDot] + ArtifactFile.monitoringFiles).filter {
            manager.fileExists(atPath: outputFolder.appendingPathComponent($0).path)
        }
        var counts: [String: Int] = [:]
        if let text = try? TextFile.readIfExists(integrationsFolder.appendingPathComponent(BuiltInFramework.checklistFile)) {
            for (marker, count) in ChecklistDocument(text: text).markerCounts { counts[marker.label] = count }
        }
        return FrameworkInspection(exists: exists, frameworkFiles: files, artifactsPresent: artifacts, markerCounts: counts)
    }
}
