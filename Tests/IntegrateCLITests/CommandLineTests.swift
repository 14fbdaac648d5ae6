import ArgumentParser
import Foundation
import Testing
@testable import integrate
@testable import IntegrateCore

/// The command line as a user types it: parsing, the default subcommand and exit codes.
@Suite struct CommandLineTests {
    @Test func aBarePathRunsTheFramework() throws {
        let command = try Integrate.parseAsRoot(["some/project"])
        let run = try #require(command as? RunCommand)
        #expect(run.project.projectPath == "some/project")
    }

    @Test func phaseIsRepeatableAndValidated() throws {
        let run = try #require(try Integrate.parseAsRoot(["run", "--phase", "4", "--phase", "2", "p"]) as? RunCommand)
        #expect(run.phase == [4, 2])
        #expect(run.project.projectPath == "p")
        do {
            _ = try Integrate.parseAsRoot(["run", "--phase", "9", "p"])
            Issue.record("--phase 9 was accepted")
        } catch {
            #expect(Integrate.exitCode(for: error).rawValue == 64)
            #expect(Integrate.message(for: error).contains("Phase 9 does not exist"))
        }
    }

    @Test func metricsConventionIsParsedAndValidated() throws {
        let run = try #require(try Integrate.parseAsRoot(["run", "--metrics-convention", "micrometer", "p"]) as? RunCommand)
        #expect(run.metricsConvention == .micrometer)
        #expect(try #require(try Integrate.parseAsRoot(["run", "p"]) as? RunCommand).metricsConvention == nil)
        do {
            _ = try Integrate.parseAsRoot(["run", "--metrics-convention", "statsd", "p"])
            Issue.record("--metrics-convention statsd was accepted")
        } catch {
            #expect(Integrate.exitCode(for: error).rawValue == 64)
        }
    }

    @Test(arguments: [["run"], ["status"], ["scan"]])
    func aMissingFolderExitsWithTwo(command: [String]) async throws {
        var parsed = try Integrate.parseAsRoot(command + ["/nonexistent-\(UUID().uuidString)"])
        do {
            if var async = parsed as? any AsyncParsableCommand {
                try await async.run()
            } else {
                try parsed.run()
            }
            Issue.record("no error")
        } catch let code as ExitCode {
            #expect(code.rawValue == 2)
        }
    }

    @Test func scanOfAFileExitsWithTwo() async throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("integrate-cli-\(UUID().uuidString).txt")
        try Data("x".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let scan = try #require(try Integrate.parseAsRoot(["scan", file.path]) as? ScanCommand)
        await #expect(throws: ExitCode(2)) { try await scan.run() }
    }

    @Test func contractsDiffOfAMissingSpecExitsWithTwo() async throws {
        var diff = try Integrate.parseAsRoot(["contracts", "diff", "/nope/a.yaml", "/nope/b.yaml", "--no-consumers"])
        do {
            if var async = diff as? any AsyncParsableCommand { try await async.run() } else { try diff.run() }
            Issue.record("no error")
        } catch let code as ExitCode {
            #expect(code.rawValue == 2)
        }
    }

    @Test func installCommandTakesUserOrProjectNotBoth() throws {
        let install = try #require(try Integrate.parseAsRoot(["install-command", "--project", "p"]) as? InstallCommand)
        #expect(install.project == "p")
        #expect(try #require(try Integrate.parseAsRoot(["install-command"]) as? InstallCommand).project == nil)
        do {
            _ = try Integrate.parseAsRoot(["install-command", "--user", "--project", "p"])
            Issue.record("--user with --project was accepted")
        } catch {
            #expect(Integrate.exitCode(for: error).rawValue == 64)
        }
    }
}
