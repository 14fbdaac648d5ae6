import Foundation
import IntegrateCore
import MCP

/// One tool of the `integrate mcp` server: its name, what it does, the JSON Schema of its
/// arguments, and the call. Tools are values in `IntegrateTools.all`, listed and dispatched alike.
public struct IntegrateTool: Sendable {
    public var name: String
    public var description: String
    /// Argument name -> (JSON type, description, required).
    public var arguments: [Argument]
    public var readOnly: Bool
    public var call: @Sendable (ToolArguments) async throws -> CallTool.Result

    public struct Argument: Sendable {
        public var name: String
        public var type: String
        public var description: String
        public var required: Bool

        public init(_ name: String, _ type: String, _ description: String, required: Bool = false) {
            self.name = name
            self.type = type
            self.description = description
            self.required = required
        }
    }

    public init(name: String, description: String, arguments: [Argument], readOnly: Bool = true, call: @escaping @Sendable (ToolArguments) async throws -> CallTool.Result) {
        self.name = name
        self.description = description
        self.arguments = arguments
        self.readOnly = readOnly
        self.call = call
    }

    /// The tool as `tools/list` shows it.
    public var definition: Tool {
        var properties: [String: Value] = [:]
        for argument in arguments {
            properties[argument.name] = .object(["type": .string(argument.type), "description": .string(argument.description)])
        }
        let required = arguments.filter(\.required).map { Value.string($0.name) }
        return Tool(
            name: name, description: description,
            inputSchema: .object(["type": .string("object"), "properties": .object(properties), "required": .array(required)]),
            annotations: .init(readOnlyHint: readOnly, destructiveHint: false, idempotentHint: true, openWorldHint: false))
    }

    /// A successful result: the text (JSON or a diff) the agent reads.
    static func text(_ parts: String...) -> CallTool.Result {
        CallTool.Result(content: parts.map { .text(text: $0, annotations: nil, _meta: nil) }, isError: false)
    }
}
