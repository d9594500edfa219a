import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { simulateIam, type IamDecision, type PolicyKind } from "@/lib/sim/iam";

// Invariants of the evaluation logic (AWS_FACTS I1: an explicit Deny wins; an Allow only adds; policies are sets).
// Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html
const ACCT = "111122223333";
type Statement = Record<string, unknown>;
interface Policy {
  kind: PolicyKind;
  statements: Statement[];
}
interface Scenario {
  policies: Policy[];
  request: { action: string; resource: string; principal: string; context: Record<string, string | string[]> };
}

const ACTIONS = ["s3:GetObject", "s3:PutObject", "ec2:RunInstances", "iam:CreateUser"];
const ACTION_PATTERNS = ["*", "s3:*", "s3:Get*", "ec2:*", "iam:Create?ser", "s3:PutObject"];
const RESOURCES = [
  "arn:aws:s3:::bucket/a.txt",
  "arn:aws:s3:::bucket/dir/b.txt",
  `arn:aws:ec2:us-east-1:${ACCT}:instance/i-1`,
  "*",
];
const RESOURCE_PATTERNS = ["*", "arn:aws:s3:::bucket/*", "arn:aws:ec2:*:*:instance/*", "arn:aws:s3:::bucket/dir/*"];
const CALLERS = [
  `arn:aws:iam::${ACCT}:user/alice`,
  `arn:aws:sts::${ACCT}:assumed-role/app/s1`,
  `arn:aws:iam::${ACCT}:root`,
];
const PRINCIPALS = [
  "*",
  { AWS: CALLERS[0] },
  { AWS: `arn:aws:iam::${ACCT}:role/app` },
  { AWS: ACCT },
  { AWS: CALLERS[1] },
];
const CONDITIONS = [
  { StringEquals: { "aws:username": "alice" } },
  { BoolIfExists: { "aws:MultiFactorAuthPresent": "true" } },
  { "ForAnyValue:StringLike": { "aws:TagKeys": "team*" } },
  { "ForAllValues:StringEquals": { "aws:TagKeys": ["team", "env"] } },
  { StringNotEquals: { "aws:PrincipalTag/dept": "hr" } },
];

const statementArb = (kind: PolicyKind, effect?: "Allow" | "Deny"): fc.Arbitrary<Statement> =>
  fc
    .record({
      Effect: effect === undefined ? fc.constantFrom("Allow", "Deny") : fc.constant(effect),
      negateAction: fc.boolean(),
      actions: fc.subarray(ACTION_PATTERNS, { minLength: 1, maxLength: 2 }),
      negateResource: fc.boolean(),
      resources: fc.subarray(RESOURCE_PATTERNS, { minLength: 1, maxLength: 2 }),
      principal: fc.constantFrom(...PRINCIPALS),
      condition: fc.option(fc.constantFrom(...CONDITIONS), { nil: undefined }),
    })
    .map(({ Effect, negateAction, actions, negateResource, resources, principal, condition }) => ({
      Effect,
      [negateAction ? "NotAction" : "Action"]: actions,
      [negateResource ? "NotResource" : "Resource"]: resources,
      ...(kind === "resource" ? { Principal: principal } : {}),
      ...(condition === undefined ? {} : { Condition: condition }),
    }));

const policyArb: fc.Arbitrary<Policy> = fc
  .constantFrom<PolicyKind>("identity", "identity", "resource", "boundary", "scp", "session")
  .chain((kind) =>
    fc.array(statementArb(kind), { minLength: 1, maxLength: 3 }).map((statements) => ({ kind, statements })),
  );

const scenarioArb: fc.Arbitrary<Scenario> = fc.record({
  policies: fc.array(policyArb, { maxLength: 5 }),
  request: fc.record({
    action: fc.constantFrom(...ACTIONS),
    resource: fc.constantFrom(...RESOURCES),
    principal: fc.constantFrom(...CALLERS),
    context: fc.record(
      {
        "aws:username": fc.constantFrom("alice", "bob"),
        "aws:MultiFactorAuthPresent": fc.constantFrom("true", "false"),
        "aws:TagKeys": fc.subarray(["team", "env", "owner"]),
        "aws:PrincipalTag/dept": fc.constantFrom("hr", "dev"),
      },
      { requiredKeys: [] },
    ),
  }),
});

function decide({ policies, request }: Scenario): IamDecision {
  const run = simulateIam({
    policies: policies.map(({ kind, statements }) => ({
      kind,
      document: { Version: "2012-10-17", Statement: statements },
    })),
    request,
  });
  if (!run.ok) throw new Error(run.inputError);
  return run.result.decision;
}

describe("iam: evaluation invariants (fast-check)", () => {
  it("adding an explicit Deny that matches the request always yields ExplicitDeny", () => {
    fc.assert(
      fc.property(
        scenarioArb,
        fc.constantFrom<PolicyKind>("identity", "resource", "boundary", "scp", "session"),
        fc.nat(),
        (scenario, kind, at) => {
          const denyAll: Statement = { Effect: "Deny", Action: scenario.request.action, Resource: "*" };
          if (kind === "resource") denyAll.Principal = "*";
          const policies = [...scenario.policies];
          policies.splice(at % (policies.length + 1), 0, { kind, statements: [denyAll] });
          expect(decide({ ...scenario, policies })).toBe("ExplicitDeny");
        },
      ),
    );
  });

  it("adding an identity Allow statement never turns Allow into a deny", () => {
    fc.assert(
      fc.property(scenarioArb, statementArb("identity", "Allow"), fc.nat(), (scenario, extra, at) => {
        fc.pre(decide(scenario) === "Allow");
        const identities = scenario.policies.filter((policy) => policy.kind === "identity");
        const target = identities[at % Math.max(identities.length, 1)];
        const policies = scenario.policies.map((policy) =>
          policy === target ? { ...policy, statements: [...policy.statements, extra] } : policy,
        );
        if (target === undefined) policies.push({ kind: "identity", statements: [extra] });
        expect(decide({ ...scenario, policies })).toBe("Allow");
      }),
    );
  });

  it("the order of statements and of policies never changes the decision", () => {
    const shuffled = scenarioArb.chain((scenario) =>
      fc
        .tuple(
          fc.shuffledSubarray(scenario.policies, { minLength: scenario.policies.length }),
          fc.array(fc.nat(), { minLength: 3, maxLength: 3 }),
        )
        .map(([policies, seeds]) => ({
          original: scenario,
          reordered: {
            ...scenario,
            policies: policies.map((policy, i) => ({
              ...policy,
              statements: rotate(policy.statements, (seeds[i % 3] ?? 0) + i),
            })),
          },
        })),
    );
    fc.assert(
      fc.property(shuffled, ({ original, reordered }) => {
        expect(decide(reordered)).toBe(decide(original));
      }),
    );
  });
});

function rotate<T>(items: readonly T[], by: number): T[] {
  if (items.length === 0) return [];
  const k = by % items.length;
  return [...items.slice(k), ...items.slice(0, k)].reverse();
}
