/// One dated run's changes for `CHANGELOG.md`, in Keep a Changelog's sections.
///
/// ```swift
/// var entry = ChangelogEntry()
/// entry.added = ["edge `web` → `orders` (HTTP)"]
/// entry.changed = ["checklist `p1.catalog`: [ ] → [x]"]
/// entry.sections.map(\.title)   // ["Added", "Changed"]; empty sections are left out
/// ```
public struct ChangelogEntry: Sendable, Equatable {
    /// One Keep a Changelog heading (`### Added`, …), in the order the format lists them.
    public enum Kind: String, Sendable, CaseIterable {
        case added = "Added"
        case changed = "Changed"
        case removed = "Removed"
    }

    /// What appeared: components, edges, stores, contracts.
    public var added: [String]
    /// What changed in place: contract versions, checklist markers.
    public var changed: [String]
    /// What went away.
    public var removed: [String]

    public init(added: [String] = [], changed: [String] = [], removed: [String] = []) {
        self.added = added
        self.changed = changed
        self.removed = removed
    }

    /// The lines under one heading.
    public subscript(kind: Kind) -> [String] {
        switch kind {
        case .added: added
        case .changed: changed
        case .removed: removed
        }
    }

    /// The non-empty sections, in Keep a Changelog's order (Added, Changed, Removed).
    public var sections: [(title: String, lines: [String])] {
        Kind.allCases.compactMap { kind in self[kind].isEmpty ? nil : (kind.rawValue, self[kind]) }
    }

    /// True when the run changed nothing worth a changelog line.
    public var isEmpty: Bool { added.isEmpty && changed.isEmpty && removed.isEmpty }
}

extension ChangelogEntry {
    /// The entry for a run that mapped `landscape`: what appeared and went away since
    /// `previous`, or a one-line summary of the map on a first run (`previous` is `nil`), plus
    /// the `changed` lines (contract versions, checklist markers).
    init(from previous: Landscape?, to landscape: Landscape, changed: [String]) {
        if let previous {
            let diff = LandscapeChanges(from: previous, to: landscape)
            self.init(added: diff.added, changed: changed, removed: diff.removed)
        } else {
            let summary = "integration map: \(landscape.components.count) components, \(landscape.productionPoints.count) integration points, "
                + "\(landscape.resources.count) stores, brokers and external systems, \(landscape.specs.count) contracts"
            self.init(added: [summary], changed: changed)
        }
    }
}
