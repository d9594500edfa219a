import fc from "fast-check";
import type { IamInput, PolicyKind } from "@/lib/sim/iam";

/**
 * Random same-account cases within what both Gureum and @cloud-copilot/iam-simulate evaluate: identity, resource,
 * boundary, SCP and session policies; Action/NotAction, Resource/NotResource, Principal (no NotPrincipal: the peer
 * reads it differently and the documentation does not settle it); every condition operator family with IfExists,
 * ForAnyValue/ForAllValues and Null; policy variables with and without Version 2012-10-17. Requests use actions the
 * peer's service data knows, resources of the right type for the action, and context keys typed as the peer types
 * them (lists only for ArrayOfString keys), so that the peer neither rejects a case nor drops a key.
 */
export const ACCOUNT = "111122223333";
const OTHER_ACCOUNT = "444455556666";

const ALICE = `arn:aws:iam::${ACCOUNT}:user/alice`;
const BOB = `arn:aws:iam::${ACCOUNT}:user/bob`;
const ROLE = `arn:aws:iam::${ACCOUNT}:role/app`;
const SESSION = `arn:aws:sts::${ACCOUNT}:assumed-role/app/job-1`;
const FEDERATED = `arn:aws:sts::${ACCOUNT}:federated-user/alice`;
const ROOT = `arn:aws:iam::${ACCOUNT}:root`;

interface Caller {
  arn: string;
  /** aws:username: only IAM users have one (reference_policies_variables.html, "Principal key values"). */
  username?: string;
  /** aws:PrincipalArn: a role session's is the role's ARN. */
  principalArn: string;
  session: boolean;
}

const CALLERS: readonly Caller[] = [
  { arn: ALICE, username: "alice", principalArn: ALICE, session: false },
  { arn: BOB, username: "bob", principalArn: BOB, session: false },
  { arn: SESSION, principalArn: ROLE, session: true },
  { arn: FEDERATED, principalArn: FEDERATED, session: true },
];
const ROOT_CALLER: Caller = { arn: ROOT, principalArn: ROOT, session: false };

const REQUESTS = [
  { action: "s3:GetObject", resource: "arn:aws:s3:::amzn-s3-demo-bucket/home/alice/notes.txt" },
  { action: "s3:PutObject", resource: "arn:aws:s3:::amzn-s3-demo-bucket/reports/q1.csv" },
  { action: "sqs:SendMessage", resource: `arn:aws:sqs:us-east-1:${ACCOUNT}:orders` },
  { action: "dynamodb:GetItem", resource: `arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/Books` },
  { action: "iam:GetUser", resource: ALICE },
  { action: "iam:GetUser", resource: BOB },
] as const;

const ACTION_PATTERNS = [
  "*",
  "s3:*",
  "s3:GetObject",
  "S3:getobject",
  "s3:Get*",
  "s3:*Object",
  "s3:?utObject",
  "sqs:*",
  "sqs:SendMessage",
  "dynamodb:Get*",
  "iam:GetUser",
  "iam:*",
  "ec2:*",
];

const RESOURCE_PATTERNS = [
  "*",
  ...REQUESTS.map((request) => request.resource),
  "arn:aws:s3:::amzn-s3-demo-bucket/*",
  "arn:aws:s3:::amzn-s3-demo-bucket/home/${aws:username}/*",
  "arn:aws:s3:::amzn-s3-demo-bucket/home/${aws:username, 'alice'}/*",
  "arn:aws:s3:::amzn-s3-demo-bucket/reports/*",
  "arn:aws:s3:::amzn-*/*",
  "arn:aws:s3:::*",
  "arn:aws:s3:::other-bucket/*",
  `arn:aws:sqs:*:${ACCOUNT}:*`,
  "arn:aws:sqs:us-east-1:*:ord?rs",
  "arn:aws:dynamodb:*:*:table/*",
  `arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/Bo*`,
  "arn:aws:dynamodb:*:*:*",
  `arn:aws:iam::${ACCOUNT}:user/*`,
  `arn:aws:iam::${ACCOUNT}:user/\${aws:username}`,
  `arn:aws:iam::${ACCOUNT}:u*/alice`,
  `arn:aws:iam::${ACCOUNT}:u*`,
  `arn:aws:iam::${ACCOUNT}:user*`,
  `arn:aws:iam::${ACCOUNT}:*`,
  "arn:aws:iam::*:user/alice",
];

const PRINCIPALS: readonly unknown[] = [
  "*",
  { AWS: "*" },
  { AWS: ALICE },
  { AWS: BOB },
  { AWS: ROLE },
  { AWS: SESSION },
  { AWS: FEDERATED },
  { AWS: ACCOUNT },
  { AWS: ROOT },
  { AWS: [ROLE, ALICE] },
  { AWS: OTHER_ACCOUNT },
  { Service: "ec2.amazonaws.com" },
];

type Values = readonly (string | readonly string[])[];
interface KeySpec {
  key: string;
  operators: readonly string[];
  values: Values;
  /** Set operators (ForAnyValue/ForAllValues) are drawn for multivalued keys, and now and then for others. */
  multivalued?: boolean;
}

const STRING_OPS = [
  "StringEquals",
  "StringNotEquals",
  "StringEqualsIgnoreCase",
  "StringNotEqualsIgnoreCase",
  "StringLike",
  "StringNotLike",
];
const ARN_OPS = ["ArnEquals", "ArnLike", "ArnNotEquals", "ArnNotLike", "StringEquals", "StringLike"];
const DATE_OPS = ["DateEquals", "DateNotEquals", "DateLessThan", "DateLessThanEquals", "DateGreaterThan"];
const NUMERIC_OPS = ["NumericEquals", "NumericNotEquals", "NumericLessThan", "NumericGreaterThanEquals"];

const KEYS: readonly KeySpec[] = [
  { key: "aws:username", operators: STRING_OPS, values: ["alice", "Alice", "bob", "al*", "a?ice", ["alice", "bob"]] },
  {
    key: "aws:PrincipalTag/dept",
    operators: STRING_OPS,
    values: ["eng", "Eng", "e*", "${aws:username}", "${aws:PrincipalTag/team}", ["eng", "ops"]],
  },
  {
    key: "aws:PrincipalArn",
    operators: ARN_OPS,
    values: [
      ALICE,
      ROLE,
      FEDERATED,
      `arn:aws:iam::${ACCOUNT}:user/*`,
      `arn:aws:iam::${ACCOUNT}:role/*`,
      "arn:aws:iam::*:*",
    ],
  },
  {
    key: "aws:SourceIp",
    operators: ["IpAddress", "NotIpAddress"],
    values: ["203.0.113.0/24", "198.51.100.20", "2001:db8::/32", "10.0.0.0/8", ["203.0.113.0/24", "10.0.0.0/8"]],
  },
  {
    key: "aws:CurrentTime",
    operators: DATE_OPS,
    values: ["2026-12-07T12:00:00Z", "2027-01-01T00:00:00Z", "2026-01-01T00:00:00Z", "1796644800", "1798761600"],
  },
  { key: "aws:MultiFactorAuthAge", operators: NUMERIC_OPS, values: ["300", "3600", "0"] },
  { key: "aws:SecureTransport", operators: ["Bool"], values: ["true", "false"] },
  {
    key: "aws:TagKeys",
    operators: STRING_OPS,
    values: ["env", "team", "cost-*", ["env", "team"]],
    multivalued: true,
  },
  {
    key: "aws:CalledVia",
    operators: ["StringEquals", "StringLike", "StringNotEquals"],
    values: ["athena.amazonaws.com", "*.amazonaws.com"],
    multivalued: true,
  },
];

type Statement = Record<string, unknown>;

const conditionArb: fc.Arbitrary<Record<string, Record<string, unknown>>> = fc
  .array(
    fc
      .oneof(
        { weight: 8, arbitrary: fc.constantFrom(...KEYS) },
        { weight: 1, arbitrary: fc.constant<KeySpec | null>(null) },
      )
      .chain((spec) =>
        spec === null
          ? fc.record({
              operator: fc.constant("Null"),
              key: fc.constantFrom(...KEYS.map((k) => k.key)),
              value: fc.constantFrom<string | readonly string[]>("true", "false"),
            })
          : fc
              .record({
                operator: fc.constantFrom(...spec.operators),
                set: fc.constantFrom<string | null>(
                  ...(spec.multivalued
                    ? ["ForAnyValue:", "ForAllValues:", "ForAnyValue:", "ForAllValues:", null]
                    : [null, null, null, null, null, null, "ForAnyValue:"]),
                ),
                ifExists: fc.constantFrom(false, false, false, true),
                value: fc.constantFrom(...spec.values),
              })
              .map(({ operator, set, ifExists, value }) => ({
                operator: `${set ?? ""}${operator}${ifExists ? "IfExists" : ""}`,
                key: spec.key,
                value,
              })),
      ),
    { minLength: 1, maxLength: 2 },
  )
  .map((entries) => {
    const block: Record<string, Record<string, unknown>> = {};
    for (const { operator, key, value } of entries) (block[operator] ??= {})[key] = value;
    return block;
  });

const listOrOne = (items: readonly string[]) =>
  fc.subarray([...items], { minLength: 1, maxLength: 2 }).map((list) => (list.length === 1 ? list[0] : list));

function statementArb(kind: PolicyKind): fc.Arbitrary<Statement> {
  return fc
    .record({
      effect: fc.constantFrom("Allow", "Allow", "Allow", "Deny"),
      notAction: fc.constantFrom(false, false, false, true),
      actions: listOrOne(ACTION_PATTERNS),
      notResource: fc.constantFrom(false, false, false, true),
      resources: listOrOne(RESOURCE_PATTERNS),
      omitResource: fc.constantFrom(false, false, false, true),
      principal: fc.constantFrom(...PRINCIPALS),
      condition: fc.option(conditionArb, { freq: 2, nil: undefined }),
    })
    .map(({ effect, notAction, actions, notResource, resources, omitResource, principal, condition }) => {
      const statement: Statement = { Effect: effect, [notAction ? "NotAction" : "Action"]: actions };
      // A resource policy may leave Resource out: it then applies to the resource it is attached to.
      if (!(kind === "resource" && omitResource)) statement[notResource ? "NotResource" : "Resource"] = resources;
      if (kind === "resource") statement.Principal = principal;
      if (condition !== undefined) statement.Condition = condition;
      return statement;
    });
}

function documentArb(kind: PolicyKind): fc.Arbitrary<Record<string, unknown>> {
  return fc
    .record({
      version: fc.constantFrom<string | null>("2012-10-17", "2012-10-17", "2012-10-17", "2012-10-17", null),
      statements: fc.array(statementArb(kind), { minLength: 1, maxLength: 3 }),
    })
    .map(({ version, statements }) =>
      version === null ? { Statement: statements } : { Version: version, Statement: statements },
    );
}

const contextArb = (caller: Caller): fc.Arbitrary<Record<string, string | string[]>> =>
  fc
    .record(
      {
        "aws:username": fc.constant(caller.username),
        "aws:PrincipalArn": fc.constant(caller.principalArn),
        "aws:PrincipalTag/dept": fc.constantFrom("eng", "ops", "alice"),
        "aws:PrincipalTag/team": fc.constantFrom("eng", "red"),
        "aws:SourceIp": fc.constantFrom("203.0.113.7", "198.51.100.20", "10.1.2.3", "2001:db8::1"),
        "aws:CurrentTime": fc.constantFrom("2026-12-07T12:00:00Z", "1796644800", "2026-06-01T00:00:00Z"),
        "aws:MultiFactorAuthAge": fc.constantFrom("120", "7200"),
        "aws:SecureTransport": fc.constantFrom("true", "false"),
        "aws:TagKeys": fc.subarray(["env", "team", "cost-center"]),
        "aws:CalledVia": fc.subarray(["athena.amazonaws.com", "glue.amazonaws.com"], { minLength: 1 }),
      },
      { requiredKeys: [] },
    )
    .map((context) => {
      const present: Record<string, string | string[]> = {};
      for (const [key, value] of Object.entries(context)) if (value !== undefined) present[key] = value;
      return present;
    });

/** One random case: the `iam` simulator's input. */
export const caseArb: fc.Arbitrary<IamInput> = fc
  .record({
    // The root user needs no policy, so it is drawn less often: its cases teach little.
    caller: fc.oneof(
      { weight: 1, arbitrary: fc.constant(ROOT_CALLER) },
      { weight: 8, arbitrary: fc.constantFrom(...CALLERS) },
    ),
    request: fc.constantFrom(...REQUESTS),
  })
  .chain(({ caller, request }) =>
    fc
      .record({
        identity: fc.array(documentArb("identity"), { maxLength: 2 }),
        resource: fc.option(documentArb("resource"), { nil: undefined }),
        // The root user has no permissions boundary (SIM_CONTRACT.md s3: "The root user has neither").
        boundary:
          caller.arn === ROOT
            ? fc.constant(undefined)
            : fc.option(documentArb("boundary"), { freq: 2, nil: undefined }),
        scp: fc.array(documentArb("scp"), { maxLength: 2 }),
        session: caller.session
          ? fc.option(documentArb("session"), { freq: 2, nil: undefined })
          : fc.constant(undefined),
        context: contextArb(caller),
      })
      .map(({ identity, resource, boundary, scp, session, context }): IamInput => {
        const policies: { kind: PolicyKind; document: Record<string, unknown> }[] = [
          ...identity.map((document) => ({ kind: "identity" as const, document })),
          ...scp.map((document) => ({ kind: "scp" as const, document })),
        ];
        if (resource !== undefined) policies.push({ kind: "resource", document: resource });
        if (boundary !== undefined) policies.push({ kind: "boundary", document: boundary });
        if (session !== undefined) policies.push({ kind: "session", document: session });
        return { policies, request: { ...request, principal: caller.arn, context } };
      }),
  );
