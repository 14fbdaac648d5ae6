import Foundation
import Testing
@testable import IntegrateCore

/// Scans a throwaway project end to end (walk, structure, rules, resolution).
func scannedLandscape(_ files: [String: String]) throws -> Landscape {
    let project = try TestProject(files: files)
    return try ProjectScanner().scan(root: project.root).landscape
}

@Suite("Structure: CloudFormation and SAM")
struct StructureCloudFormationTests {
    /// Two stacks: `billing` owns a table and an API; `invoices` reads the table name from an
    /// env var, is triggered by the table's stream and a queue, and reaches billing's API
    /// through an SSM parameter whose path a file beside its template gives.
    static let files: [String: String] = [
        "billing/template.yaml": """
            AWSTemplateFormatVersion: "2010-09-09"
            Transform: AWS::Serverless-2016-10-31
            Resources:
              Ledger:
                Type: AWS::DynamoDB::Table
                Properties:
                  StreamSpecification: {StreamViewType: NEW_IMAGE}
              Api:
                Type: AWS::Serverless::Api
                Properties: {StageName: prod}
              ChargeFunction:
                Type: AWS::Serverless::Function
                Properties:
                  CodeUri: src/charge/
                  Events:
                    Charge:
                      Type: Api
                      Properties: {Path: /charge, Method: POST, RestApiId: !Ref Api}
              ApiUrlParameter:
                Type: AWS::SSM::Parameter
                Properties:
                  Name: !Sub /acme/${Stage}/billing/api/url
                  Value: !Sub "https://${Api}.execute-api.${AWS::Region}.amazonaws.com/prod"
              LedgerParameter:
                Type: AWS::SSM::Parameter
                Properties:
                  Name: !Sub /acme/${Stage}/billing/ledger/name
                  Value: !Ref Ledger
            """,
        "billing/src/charge/handler.py": "def handler(event, context):\n    return {}\n",
        "billing/src/charge/requirements.txt": "boto3\n",
        "invoices/template.yaml": """
            AWSTemplateFormatVersion: "2010-09-09"
            Transform: AWS::Serverless-2016-10-31
            Parameters:
              BillingApiUrl:
                Type: AWS::SSM::Parameter::Value<String>
              LedgerName:
                Type: AWS::SSM::Parameter::Value<String>
            Globals:
              Function:
                Environment:
                  Variables:
                    LEDGER_TABLE: !Ref LedgerName
            Resources:
              Outbox:
                Type: AWS::SQS::Queue
              SendFunction:
                Type: AWS::Serverless::Function
                Properties:
                  CodeUri: src/send/
                  Environment:
                    Variables:
                      BILLING_URL: !Ref BillingApiUrl
                      OUTBOX_URL: !Ref Outbox
                      DB_PASSWORD: '{{resolve:secretsmanager:db:SecretString:password}}'
                  Events:
                    Queue:
                      Type: SQS
                      Properties: {Queue: !GetAtt Outbox.Arn}
            """,
        "invoices/parameters.yaml": """
            parameters:
              BillingApiUrl: /acme/{Stage}/billing/api/url
              LedgerName: /acme/{Stage}/billing/ledger/name
            """,
        "invoices/src/send/app.py": """
            import os
            import boto3
            import requests
            table = boto3.resource("dynamodb").Table(os.environ["LEDGER_TABLE"])
            def handler(event, context):
                requests.post(os.environ["BILLING_URL"] + "/charge", json=event)
            """,
        "invoices/src/send/requirements.txt": "boto3\nrequests\n",
    ]

    @Test("functions join the component of their code folder; resources are named per stack")
    func nodes() throws {
        let landscape = try scannedLandscape(Self.files)
        let charge = try #require(landscape.components.first { $0.path == "billing/src/charge" })
        #expect(charge.hostnames.contains("ChargeFunction"))
        #expect(landscape.resources.contains { $0.id == "dynamodb:Ledger" && $0.kind == .database })
        #expect(landscape.resources.contains { $0.id == "aws.sqs:Outbox" && $0.kind == .broker })
        #expect(landscape.resources.contains { $0.id == "aws.apigateway:Api" })
    }

    @Test("triggers are inbound edges, asynchronous for queues and streams, synchronous for APIs")
    func triggers() throws {
        let landscape = try scannedLandscape(Self.files)
        let send = try #require(landscape.components.first { $0.path == "invoices/src/send" }).id
        let charge = try #require(landscape.components.first { $0.path == "billing/src/charge" }).id
        let queue = try #require(landscape.edges.first { $0.from == "aws.sqs:Outbox" && $0.to == send })
        #expect(queue.mode == .async)
        #expect(queue.evidence.first?.path == "invoices/template.yaml")
        let api = try #require(landscape.edges.first { $0.from == "aws.apigateway:Api" && $0.to == charge })
        #expect(api.mode == .sync && api.protocol == "http")
    }

    @Test("env vars that carry a resource link the code that reads them, across stacks through SSM parameters")
    func bindings() throws {
        let landscape = try scannedLandscape(Self.files)
        let send = try #require(landscape.components.first { $0.path == "invoices/src/send" }).id
        let table = try #require(landscape.edges.first { $0.from == send && $0.to == "dynamodb:Ledger" })
        #expect(table.strength == .call)
        #expect(table.evidence.first?.path == "invoices/src/send/app.py")
        let api = try #require(landscape.edges.first { $0.from == send && $0.to == "aws.apigateway:Api" })
        #expect(api.protocol == "http" && api.strength == .call)
        #expect(landscape.edges.contains { $0.from == send && $0.to == "aws.sqs:Outbox" && $0.mode == .async })
    }

    @Test("a deploy-time secret reference is not a call to a secret store")
    func deployTimeSecret() throws {
        let landscape = try scannedLandscape(Self.files)
        #expect(!landscape.edges.contains { $0.to.contains("secretsmanager") })
    }

    @Test("a YAML file without an AWS resource is not a template")
    func notATemplate() throws {
        let landscape = try scannedLandscape([
            "svc/config.yaml": "Resources:\n  cache: {Type: memory}\nnote: AWS::nothing here\n",
            "svc/package.json": "{\"name\": \"svc\"}",
        ])
        #expect(landscape.resources.isEmpty)
        #expect(landscape.edges.isEmpty)
    }
}
