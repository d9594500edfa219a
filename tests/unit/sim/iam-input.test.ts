import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { simulate } from "@/lib/sim";
import { simulateIam } from "@/lib/sim/iam";

// Input errors name the field (SIM_CONTRACT.md: "invalid policy JSON" is an input error), following the IAM JSON
// policy grammar: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html
const REQUEST = { action: "s3:GetObject", resource: "*", principal: "arn:aws:iam::111122223333:user/alice" };

function inputError(input: unknown): string {
  const run = simulate("iam", input);
  if (run.ok) throw new Error("expected an input error");
  expect(simulateIam(input)).toEqual(run);
  return run.inputError;
}

const withStatement = (statement: unknown, kind = "identity") => ({
  policies: [{ kind, document: { Version: "2012-10-17", Statement: [statement] } }],
  request: REQUEST,
});
const STATEMENT = "policies[0].document.Statement[0]";

describe("iam: invalid policy documents name the element", () => {
  it.each([
    [{ Effect: "Permit", Action: "*", Resource: "*" }, `${STATEMENT}.Effect: must be "Allow" or "Deny", not "Permit"`],
    [{ Action: "*", Resource: "*" }, `${STATEMENT}.Effect: required`],
    [{ Effect: "Allow", Resource: "*" }, `${STATEMENT}.Action: required (Action or NotAction)`],
    [
      { Effect: "Allow", Action: "*", NotAction: "s3:*", Resource: "*" },
      `${STATEMENT}: has both Action and NotAction; use only one`,
    ],
    [{ Effect: "Allow", Action: "*" }, `${STATEMENT}.Resource: required (Resource or NotResource)`],
    [
      { Effect: "Allow", Action: "*", Resource: "*", NotResource: "*" },
      `${STATEMENT}: has both Resource and NotResource; use only one`,
    ],
    [{ Effect: "Allow", Action: [], Resource: "*" }, `${STATEMENT}.Action: must not be an empty list`],
    [
      { Effect: "Allow", Action: ["s3:GetObject", "GetObject"], Resource: "*" },
      `${STATEMENT}.Action[1]: "GetObject" is not "*" or service:action`,
    ],
    [
      { Effect: "Allow", Action: "*", Resource: "*", Principal: "*" },
      `${STATEMENT}.Principal: not allowed in identity policies (only resource-based policies name principals)`,
    ],
    [{ Effect: "Allow", Action: "*", Resource: "*", Actions: "*" }, `${STATEMENT}.Actions: unknown policy element`],
    [
      { Effect: "Allow", Action: "*", Resource: ["*", "my-bucket"] },
      `${STATEMENT}.Resource[1]: "my-bucket" is not an ARN or "*"`,
    ],
  ])("%j → %s", (statement, message) => {
    expect(inputError(withStatement(statement))).toBe(message);
  });

  it("a resource policy needs Principal or NotPrincipal, not both", () => {
    expect(inputError(withStatement({ Effect: "Allow", Action: "*", Resource: "*" }, "resource"))).toBe(
      `${STATEMENT}.Principal: required (Principal or NotPrincipal)`,
    );
    expect(
      inputError(withStatement({ Effect: "Deny", Action: "*", Principal: "*", NotPrincipal: "*" }, "resource")),
    ).toBe(`${STATEMENT}: has both Principal and NotPrincipal; use only one`);
    expect(inputError(withStatement({ Effect: "Allow", Action: "*", Principal: { User: "bob" } }, "resource"))).toBe(
      `${STATEMENT}.Principal.User: unknown principal type (AWS, Service, Federated, CanonicalUser)`,
    );
  });

  it.each([
    [
      { StringEqualz: { "aws:username": "a" } },
      `${STATEMENT}.Condition.StringEqualz: unknown condition operator "StringEqualz"`,
    ],
    [
      { IpAddress: { "aws:SourceIp": "10.0.0.0/33" } },
      `${STATEMENT}.Condition.IpAddress.aws:SourceIp: "10.0.0.0/33" is not an IP address or CIDR block`,
    ],
    [
      { DateLessThan: { "aws:CurrentTime": "tomorrow" } },
      `${STATEMENT}.Condition.DateLessThan.aws:CurrentTime: "tomorrow" is not an ISO 8601 date or epoch time`,
    ],
    [
      { NumericLessThan: { "s3:max-keys": ["1", "ten"] } },
      `${STATEMENT}.Condition.NumericLessThan.s3:max-keys[1]: "ten" is not a number`,
    ],
    [
      { Bool: { "aws:SecureTransport": "yes" } },
      `${STATEMENT}.Condition.Bool.aws:SecureTransport: "yes" is not true or false`,
    ],
    [
      { "ForSomeValues:StringEquals": { "aws:TagKeys": "a" } },
      `${STATEMENT}.Condition.ForSomeValues:StringEquals: unknown set operator "ForSomeValues" (ForAllValues or ForAnyValue)`,
    ],
    [
      { StringEquals: { "aws:username": [] } },
      `${STATEMENT}.Condition.StringEquals.aws:username: needs at least one value`,
    ],
  ])("Condition %j → %s", (Condition, message) => {
    expect(inputError(withStatement({ Effect: "Allow", Action: "*", Resource: "*", Condition }))).toBe(message);
  });

  it("Version must be 2012-10-17 or 2008-10-17", () => {
    const input = {
      policies: [{ kind: "identity", document: { Version: "2024-01-01", Statement: [] } }],
      request: REQUEST,
    };
    expect(inputError(input)).toBe(
      'policies[0].document.Version: must be "2012-10-17" or "2008-10-17", not "2024-01-01"',
    );
  });

  it("Statement is required, and a document given as a string must be JSON", () => {
    expect(
      inputError({ policies: [{ kind: "identity", document: { Version: "2012-10-17" } }], request: REQUEST }),
    ).toBe("policies[0].document.Statement: required");
    expect(inputError({ policies: [{ kind: "identity", document: "{not json" }], request: REQUEST })).toBe(
      "policies[0].document: not valid JSON",
    );
  });

  it("a document given as a JSON string is accepted", () => {
    const document = JSON.stringify({
      Version: "2012-10-17",
      Statement: { Effect: "Allow", Action: "s3:*", Resource: "*" },
    });
    const run = simulateIam({ policies: [{ kind: "identity", document }], request: REQUEST });
    expect(run.ok && run.result.decision).toBe("Allow");
  });
});

describe("iam: invalid request or input shape names the field", () => {
  it("unknown policy kind", () => {
    expect(inputError({ policies: [{ kind: "permission", document: {} }], request: REQUEST })).toMatch(
      /^policies\[0\]\.kind: /,
    );
  });

  it("missing request fields", () => {
    expect(inputError({ policies: [], request: { action: "s3:GetObject", resource: "*" } })).toBe(
      "request.principal: required",
    );
    expect(inputError({ policies: [] })).toBe("request: required");
  });

  it("the action must be service:Action", () => {
    expect(inputError({ policies: [], request: { ...REQUEST, action: "GetObject" } })).toBe(
      "request.action: must be service:Action, e.g. s3:GetObject",
    );
  });

  it("a context value must be a string or a list of strings", () => {
    expect(inputError({ policies: [], request: { ...REQUEST, context: { "aws:TagKeys": { a: 1 } } } })).toMatch(
      /^request\.context\.aws:TagKeys: /,
    );
  });

  it("the iam simulator has no queries", () => {
    expect(inputError({ query: "anything" })).toBe("query: the iam simulator has no queries");
  });

  it("run never throws, whatever the input", () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const run = simulate("iam", input);
        expect(typeof run.ok).toBe("boolean");
      }),
    );
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (document, statement) => {
        simulate("iam", { policies: [{ kind: "resource", document }], request: REQUEST });
        simulate("iam", withStatement(statement, "resource"));
      }),
    );
  });
});
