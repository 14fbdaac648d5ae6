import Foundation
import Testing
@testable import IntegrateCore

/// A SAM stack reaches a CDK stack through the SSM parameter the CDK code writes.
@Suite("Structure: SSM parameters written by CDK code")
struct StructureCDKParameterTests {
    static func files(parameterName: String) -> [String: String] {
        [
            "partner/package.json": "{\"name\": \"partner\", \"dependencies\": {\"@aws-cdk/aws-ssm\": \"1\"}}",
            "partner/cdk.json": "{\"app\": \"npx ts-node bin/partner.ts\"}",
            "partner/lib/partner-stack.ts": """
                import * as ssm from '@aws-cdk/aws-ssm';
                export class PartnerStack extends cdk.Stack {
                  constructor(scope: cdk.Construct, id: string) {
                    super(scope, id);
                    new ssm.StringParameter(this, "UrlParameter", {
                      parameterName: \(parameterName),
                      stringValue: "https://" + api.ref + ".execute-api.amazonaws.com/prod"
                    });
                  }
                }
                """,
            // The reading stack in JSON form, its parameter's path in a file beside it.
            "checkout/template.json": """
                {"AWSTemplateFormatVersion": "2010-09-09", "Transform": "AWS::Serverless-2016-10-31",
                 "Parameters": {"PartnerApiUrl": {"Type": "AWS::SSM::Parameter::Value<String>"}},
                 "Resources": {"PayFunction": {"Type": "AWS::Serverless::Function", "Properties": {
                   "CodeUri": "src/pay/", "Environment": {"Variables": {"PARTNER_URL": {"Ref": "PartnerApiUrl"}}}}}}}
                """,
            "checkout/metadata.yaml": "parameters:\n  PartnerApiUrl: /acme/{Stage}/partner/api/url\n",
            "checkout/src/pay/app.py": """
                import os
                import requests
                def handler(event, context):
                    return requests.post(os.environ["PARTNER_URL"] + "/authorize", json=event)
                """,
            "checkout/src/pay/requirements.txt": "requests\n",
        ]
    }

    @Test("the component whose CDK code writes the path is what the reader's parameter names")
    func crossStack() throws {
        let landscape = try scannedLandscape(Self.files(parameterName: #""/acme/" + props.stage + "/partner/api/url""#))
        let pay = try #require(landscape.components.first { $0.path == "checkout/src/pay" }).id
        let edge = try #require(landscape.edges.first { $0.from == pay && $0.to == "partner" })
        #expect(edge.protocol == "http" && edge.strength == .call && edge.evidence.first?.path == "checkout/src/pay/app.py")
    }

    @Test("another path written by the CDK code links nothing")
    func otherPath() throws {
        let landscape = try scannedLandscape(Self.files(parameterName: #"`/acme/${props.stage}/partner/table/name`"#))
        #expect(!landscape.edges.contains { $0.to == "partner" })
    }

    @Test("a StringParameter outside a CDK app (no cdk.json) is not read")
    func notACDKApp() throws {
        var files = Self.files(parameterName: #""/acme/" + props.stage + "/partner/api/url""#)
        files["partner/cdk.json"] = nil
        #expect(!(try scannedLandscape(files)).edges.contains { $0.to == "partner" })
    }

    @Test("parameter names of TypeScript, template literals and Python f-strings read alike")
    func names() {
        #expect(CDKParameterWriters.parameterNames(in: #"parameterName: "/a/" + env.valueAsString + "/b/url","#) == ["/a/{}/b/url"])
        #expect(CDKParameterWriters.parameterNames(in: "{ parameterName: `/a/${env}/b/url` })") == ["/a/${env}/b/url"])
        #expect(CDKParameterWriters.parameterNames(in: #"ssm.StringParameter(self, "P", parameter_name=f"/a/{env}/b/url")"#) == ["/a/{env}/b/url"])
        #expect(CDKParameterWriters.parameterNames(in: #"parameterName: name,"#).isEmpty)
    }
}
