import Foundation
import Testing
@testable import IntegrateCore

@Suite("Structure: Terraform")
struct StructureTerraformTests {
    static let files: [String: String] = [
        "infra/main.tf": """
            resource "aws_dynamodb_table" "orders" {
              name     = "orders-table"
              hash_key = "id"
            }

            resource "aws_sqs_queue" "jobs" {
              name = "jobs"
            }

            data "archive_file" "worker" {
              type        = "zip"
              source_dir  = "${path.module}/../services/worker"
              output_path = "worker.zip"
            }

            # resource "aws_s3_bucket" "commented" {}
            resource "aws_lambda_function" "worker" {
              function_name = "worker"
              filename      = data.archive_file.worker.output_path
              environment {
                variables = {
                  ORDERS_TABLE = aws_dynamodb_table.orders.name
                  LOG_LEVEL    = "info"
                }
              }
            }

            resource "aws_lambda_event_source_mapping" "jobs" {
              event_source_arn = aws_sqs_queue.jobs.arn
              function_name    = aws_lambda_function.worker.arn
            }
            """,
        "services/worker/handler.py": """
            import os
            import boto3
            table = boto3.resource("dynamodb").Table(os.environ["ORDERS_TABLE"])
            """,
        "services/worker/requirements.txt": "boto3\n",
    ]

    @Test("functions join their source folder; resources take their physical names")
    func nodes() throws {
        let landscape = try scannedLandscape(Self.files)
        let worker = try #require(landscape.components.first { $0.path == "services/worker" })
        #expect(worker.hostnames.contains("worker"))
        #expect(landscape.resources.contains { $0.id == "dynamodb:orders-table" })
        #expect(landscape.resources.contains { $0.id == "aws.sqs:jobs" && $0.kind == .broker })
        #expect(!landscape.resources.contains { $0.name == "commented" })
    }

    @Test("an event-source mapping is an async edge into the function; an env var links its code to the table")
    func links() throws {
        let landscape = try scannedLandscape(Self.files)
        let worker = try #require(landscape.components.first { $0.path == "services/worker" }).id
        let queue = try #require(landscape.edges.first { $0.from == "aws.sqs:jobs" && $0.to == worker })
        #expect(queue.mode == .async && queue.evidence.first?.path == "infra/main.tf")
        let table = try #require(landscape.edges.first { $0.from == worker && $0.to == "dynamodb:orders-table" })
        #expect(table.strength == .call && table.evidence.first?.path == "services/worker/handler.py")
        let binding = try #require(landscape.config.first { $0.key == "ORDERS_TABLE" })
        #expect(binding.evidence.line == 22)
    }

    @Test("HCL blocks are found with nested braces, strings and comments")
    func blocks() {
        let text = "resource \"aws_sqs_queue\" \"q\" {\n  name = \"a}b\" # }\n  tags = { x = \"y\" }\n}\nresource \"aws_sns_topic\" \"t\" {}\n"
        let blocks = TerraformDetector.blocks(text, path: "main.tf")
        #expect(blocks.map(\.address) == ["aws_sqs_queue.q", "aws_sns_topic.t"])
        #expect(blocks.map(\.line) == [1, 5])
        #expect(TerraformDetector.literal("name", in: blocks[0].body) == "a}b")
    }
}
