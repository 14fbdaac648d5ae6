import Foundation

/// Plans the run's artifacts in the output folder: the template's documents composed from the
/// phases' sections (managed blocks, links rewritten to reach the project root), then the whole
/// generated files, which are kept when a person edited them since the last run.
///
/// It only plans: every file goes into the `ChangeSet`, and `state` records the blocks and
/// hashes written, so the next run can tell a person's edit from its own.
struct ArtifactPlanner {
    /// What the planner decided.
    struct Outcome {
        /// Artifact names (relative to the output folder) this run writes, in the order planned.
        var written: [String] = []
        /// Generated files kept because a person edited them.
        var notes: [String] = []
    }

    var root: URL
    var output: URL
    var template: TemplateDocument
    var restoreDeletedBlocks: Bool

    /// Plans the documents built from `sections`, then the files in `generated`.
    func plan(sections: [Section], generated: [String: String], state: inout FrameworkState, changes: inout ChangeSet) throws -> Outcome {
        var outcome = Outcome()
        for file in ArtifactFile.documents {
            let prefix = RelativeLink.path(from: output.appendingPathComponent(file).deletingLastPathComponent(), to: root)
            let own = sections.filter { $0.file == file }.map { section in
                var linked = section
                linked.markdown = section.markdown.replacingOccurrences(of: Markdown.rootLink, with: "](" + Markdown.linkPath(prefix))
                return linked
            }
            guard !own.isEmpty, let layout = template.layout(for: file) else { continue }
            let url = output.appendingPathComponent(file)
            let path = ChangeSet.relative(url, to: root)
            let current = try TextFile.readIfExists(url, displayPath: path)
            let composer = ArtifactComposer(layout: layout, restoreDeleted: restoreDeletedBlocks)
            let composed = try composer.compose(existing: current, sections: own, previouslyWritten: Set(state.blocks[file] ?? []), path: path)
            changes.write(composed.text, to: url, current: current, root: root)
            state.blocks[file] = Array(Set(state.blocks[file] ?? []).union(composed.blocks)).sorted()
            outcome.written.append(file)
        }
        for (file, content) in generated.sorted(by: { $0.key < $1.key }) {
            let url = output.appendingPathComponent(file)
            let current = try TextFile.readIfExists(url, displayPath: ChangeSet.relative(url, to: root))
            if let current, let recorded = state.files[file], recorded.writtenHash != ContentHash.of(current) {
                outcome.notes.append("\(file) was edited by hand: kept; delete it to regenerate")
                continue
            }
            changes.write(content, to: url, current: current, root: root)
            state.files[file] = .init(sourceHash: ContentHash.of(content), writtenHash: ContentHash.of(content))
            outcome.written.append(file)
        }
        return outcome
    }
}
