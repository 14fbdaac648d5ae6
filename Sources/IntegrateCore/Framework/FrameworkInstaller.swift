import Foundation

/// Decides the content of each framework file: install what is missing, update what a person
/// never edited, keep what they did, and merge new checklist items into an edited checklist.
public struct FrameworkInstaller: Sendable {
    public struct Plan: Sendable {
        /// File name -> content after this run (before checklist markers are set).
        public var contents: [String: String]
        /// File name -> content on disk now (absent when missing).
        public var current: [String: String]
        public var actions: [FrameworkFileAction]
    }

    public let folder: URL
    public let source: FrameworkSource
    public private(set) var state: FrameworkState
    /// How `folder` is named in errors (`.claude/integrations`, `~/.claude/commands`).
    public let displayFolder: String

    public init(folder: URL, source: FrameworkSource, state: FrameworkState, displayFolder: String = ".claude/integrations") {
        self.folder = folder
        self.source = source
        self.state = state
        self.displayFolder = displayFolder
    }

    public mutating func plan() throws -> Plan {
        var plan = Plan(contents: [:], current: [:], actions: [])
        for name in source.files.keys.sorted() {
            guard let new = source.files[name] else { continue }
            let displayPath = "\(displayFolder)/\(name)"
            let current = try TextFile.readIfExists(folder.appendingPathComponent(name), displayPath: displayPath)
            let isChecklist = name == BuiltInFramework.checklistFile
            let sourceHash = ContentHash.of(new)
            guard let current else {
                plan.contents[name] = new
                plan.actions.append(.init(file: name, action: .installed, detail: "from \(source.description)"))
                continue
            }
            plan.current[name] = current
            let recorded = state.files[name]
            let untouched = recorded.map { !$0.edited && $0.writtenHash == ContentHash.of(current) } ?? false
            let sourceChanged = recorded.map { $0.sourceHash != sourceHash } ?? true
            if untouched && !sourceChanged {
                plan.contents[name] = current
                plan.actions.append(.init(file: name, action: .unchanged, detail: "up to date"))
            } else if untouched {
                plan.contents[name] = isChecklist
                    ? ChecklistMerger.carryMarkers(from: ChecklistDocument(text: current), onto: ChecklistDocument(text: new)).text
                    : new
                plan.actions.append(.init(file: name, action: .updated, detail: "source changed and you had not edited it"))
            } else if isChecklist {
                let merged = ChecklistMerger.addMissingItems(from: ChecklistDocument(text: new), into: ChecklistDocument(text: current))
                plan.contents[name] = merged.document.text
                plan.actions.append(.init(
                    file: name, action: merged.added.isEmpty ? .kept : .merged,
                    detail: merged.added.isEmpty ? "your edits kept" : "your edits kept; \(merged.added.count) new items added"))
            } else {
                plan.contents[name] = current
                plan.actions.append(.init(file: name, action: .kept, detail: sourceChanged && recorded != nil ? "your edits kept; the source has a newer version" : "your edits kept"))
            }
            if !untouched {
                state.files[name] = .init(sourceHash: sourceHash, writtenHash: recorded?.writtenHash ?? "", edited: true)
            }
        }
        return plan
    }
}
