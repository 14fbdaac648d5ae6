import CYaml

/// One pass over libyaml's event stream, before anything is composed, that measures what the
/// composed tree would cost: nesting depth, alias count, and nodes after alias expansion (each
/// anchor's expanded size is remembered, so the pass stays linear even for an alias bomb).
///
/// It builds no tree and does not recurse, so it is safe on any input; a text it rejects is
/// never handed to the composer.
enum YAMLPreflight {
    /// The first limit the text crosses, or `nil`. Malformed text returns `nil`: the composer
    /// reports the syntax error with its own message.
    static func check(_ text: String, file: String, format: String, limits: YAMLLimits) -> YAMLLoadError? {
        var bytes = Array(text.utf8)
        if bytes.isEmpty { return nil }
        return bytes.withUnsafeMutableBufferPointer { buffer -> YAMLLoadError? in
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else { return nil }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var measure = Measure(limits: limits)
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else { return nestingProblem(parser, file: file, format: format, limits: limits) }
                defer { yaml_event_delete(&event) }
                let type = event.type
                if type == YAML_STREAM_END_EVENT { return nil }
                let line = Int(event.start_mark.line) + 1
                let column = Int(event.start_mark.column) + 1
                let problem: String?
                switch type {
                case YAML_SCALAR_EVENT:
                    problem = measure.leaf(size: 1, anchor: anchorName(event.data.scalar.anchor))
                case YAML_ALIAS_EVENT:
                    problem = measure.alias(anchorName(event.data.alias.anchor))
                case YAML_SEQUENCE_START_EVENT:
                    problem = measure.open(anchor: anchorName(event.data.sequence_start.anchor))
                case YAML_MAPPING_START_EVENT:
                    problem = measure.open(anchor: anchorName(event.data.mapping_start.anchor))
                case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                    problem = measure.close()
                default:
                    problem = nil
                }
                if let problem {
                    return YAMLLoadError(.overLimit, file: file, line: line, column: column, message: "\(format) \(problem): not read")
                }
            }
        }
    }

    /// libyaml's own nesting guard stops its scanner before the parser reports the levels;
    /// that is the depth limit too. Any other syntax error is left to the composer.
    private static func nestingProblem(_ parser: yaml_parser_t, file: String, format: String, limits: YAMLLimits) -> YAMLLoadError? {
        guard let problem = parser.problem, String(cString: problem).contains("nesting level") else { return nil }
        return YAMLLoadError(.overLimit, file: file, line: Int(parser.problem_mark.line) + 1, column: Int(parser.problem_mark.column) + 1,
                             message: "\(format) nesting deeper than \(limits.maxDepth) levels: not read")
    }

    private static func anchorName(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: UnsafeRawPointer(pointer).assumingMemoryBound(to: CChar.self))
    }

    /// Running totals; each method returns the problem when a limit is crossed. `total` counts
    /// a scalar or a collection as 1 and an alias as its anchor's expanded size.
    private struct Measure {
        let limits: YAMLLimits
        /// Open collections: their anchor and the expanded size of the collection so far.
        var open: [(anchor: String?, size: Int)] = []
        var anchorSizes: [String: Int] = [:]
        var total = 0
        var aliases = 0

        init(limits: YAMLLimits) { self.limits = limits }

        mutating func open(anchor: String?) -> String? {
            open.append((anchor, 1))
            if open.count > limits.maxDepth { return "nesting deeper than \(limits.maxDepth) levels" }
            return count(1)
        }

        mutating func close() -> String? {
            guard let finished = open.popLast() else { return nil }
            if let anchor = finished.anchor { anchorSizes[anchor] = finished.size }
            addToParent(finished.size)
            return nil
        }

        mutating func leaf(size: Int, anchor: String?) -> String? {
            if let anchor { anchorSizes[anchor] = size }
            addToParent(size)
            return count(size)
        }

        mutating func alias(_ name: String?) -> String? {
            aliases += 1
            if aliases > limits.maxAliases { return "has more than \(limits.maxAliases) aliases" }
            let size = name.flatMap { anchorSizes[$0] } ?? 1
            addToParent(size)
            if let problem = count(size) { return "aliases that expand to \(problem.dropFirst(4)) (an alias bomb?)" }
            return nil
        }

        private mutating func count(_ size: Int) -> String? {
            total = min(total + size, Int.max / 4)
            return total > limits.maxNodes ? "has more than \(limits.maxNodes) nodes" : nil
        }

        private mutating func addToParent(_ size: Int) {
            guard !open.isEmpty else { return }
            open[open.count - 1].size = min(open[open.count - 1].size + size, Int.max / 4)
        }
    }
}
