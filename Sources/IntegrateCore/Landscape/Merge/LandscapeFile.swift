import Foundation

/// One repository's landscape as CI left it: the output of `integrate scan --format json`
/// (the landscape under `landscape`) or a bare `.claude/integrations/.integrate/landscape.json`.
public struct LandscapeFile: Sendable {
    /// The repository the landscape belongs to: the project folder of a saved landscape, else
    /// the file's name without `.json` (`orders.json` -> `orders`).
    public var repository: String
    public var landscape: Landscape

    private struct Wrapped: Decodable {
        var landscape: Landscape
    }

    private enum Key: String, CodingKey { case landscape }

    /// Reads and decodes `url`; errors name the file.
    public static func load(_ url: URL) throws -> LandscapeFile {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw IntegrateError(.input, "cannot be read (no such file, permission denied or I/O error)", path: url.path)
        }
        return LandscapeFile(repository: repositoryName(url), landscape: try decode(data, path: url.path))
    }

    static func decode(_ data: Data, path: String) throws -> Landscape {
        let decoder = JSONDecoder()
        do {
            if let wrapped = try? decoder.decode(Wrapped.self, from: data) { return wrapped.landscape }
            return try decoder.decode(Landscape.self, from: data)
        } catch let DecodingError.keyNotFound(key, context) {
            throw IntegrateError(.input, "not a landscape: `\((context.codingPath + [key]).map(\.stringValue).joined(separator: "."))` is missing (give the output of `integrate scan --format json` or .integrate/landscape.json)", path: path)
        } catch DecodingError.dataCorrupted(let context) {
            throw IntegrateError(.input, "not valid JSON: \(context.debugDescription)", path: path)
        } catch {
            throw IntegrateError(.input, "not a landscape: \(error)", path: path)
        }
    }

    static func repositoryName(_ url: URL) -> String {
        let components = url.standardizedFileURL.pathComponents
        if url.lastPathComponent == "landscape.json", let claude = components.lastIndex(of: ".claude"), claude > 0 {
            return components[claude - 1]
        }
        let name = url.deletingPathExtension().lastPathComponent
        return name.hasSuffix(".landscape") ? String(name.dropLast(".landscape".count)) : name
    }
}
