import type { IamInput, IamResult } from "@/lib/sim/iam";

/**
 * The reviewed list of documented differences between Gureum and @cloud-copilot/iam-simulate 0.1.173. Each entry names
 * the sentence of AWS's documentation that settles it and who is right. A disagreement is accepted only if the entries
 * that apply to the case, once each has rewritten the case without its feature (keeping Gureum's decision, since the
 * rewrite is an equivalence under the documented rule), leave both evaluators agreeing. No entry may have AWS
 * documenting Gureum's side as wrong: those are bugs to fix instead.
 */
export interface KnownDifference {
  id: string;
  /** Who follows the documentation. */
  right: "gureum";
  quote: string;
  source: string;
  /** Whether the case has the feature that the two evaluators read differently. */
  applies(input: IamInput, gureum: IamResult): boolean;
  /** The case without that feature, rewritten so that Gureum's reading gives the same decision. */
  rewrite(input: IamInput, gureum: IamResult): IamInput;
  /** A minimal case on which the two evaluators differ for this reason alone. */
  example: IamInput;
}

type Json = unknown;

const ACCOUNT = "111122223333";
const ALICE = `arn:aws:iam::${ACCOUNT}:user/alice`;
const SESSION = `arn:aws:sts::${ACCOUNT}:assumed-role/app/job-1`;
const NOTES = "arn:aws:s3:::amzn-s3-demo-bucket/home/alice/notes.txt";

/** A one-request example: `s3:GetObject` on NOTES by alice unless `request` says otherwise. */
function example(
  policies: [IamInput["policies"][number]["kind"], ...Record<string, unknown>[]][],
  request: Partial<IamInput["request"]> = {},
  version: string | null = "2012-10-17",
): IamInput {
  return {
    policies: policies.map(([kind, ...Statement]) => ({
      kind,
      document: version === null ? { Statement } : { Version: version, Statement },
    })),
    request: { action: "s3:GetObject", resource: NOTES, principal: ALICE, context: {}, ...request },
  };
}
const allow = (extra: Record<string, unknown> = {}) => ({
  Effect: "Allow",
  Action: "s3:GetObject",
  Resource: "*",
  ...extra,
});
type Document = { Version?: unknown; Statement: Record<string, unknown>[] | Record<string, unknown> };
type Policy = IamInput["policies"][number];

const statementsOf = (document: Json): Record<string, unknown>[] => {
  const raw = (document as Document).Statement;
  return Array.isArray(raw) ? raw : [raw];
};
const hasVariables = (document: Json) => (document as Document).Version === "2012-10-17";
const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : [value]);
const one = (list: unknown[]): unknown => (list.length === 1 ? list[0] : list);

/** Maps every statement of every policy (documents are copied, never changed in place). */
function mapStatements(
  input: IamInput,
  change: (statement: Record<string, unknown>, policy: Policy) => Record<string, unknown>,
): IamInput {
  const policies = input.policies.map((policy) => {
    const document = policy.document as Document;
    const statements = statementsOf(document).map((statement) => change({ ...statement }, policy));
    return { ...policy, document: { ...document, Statement: statements } };
  });
  return { ...input, policies };
}

/** Maps every condition entry: `change` returns the new value, or undefined to drop the entry. */
function mapConditions(
  input: IamInput,
  change: (operator: string, key: string, value: unknown, policy: Policy) => unknown,
): IamInput {
  return mapStatements(input, (statement, policy) => {
    const block = statement.Condition as Record<string, Record<string, unknown>> | undefined;
    if (block === undefined) return statement;
    const next: Record<string, Record<string, unknown>> = {};
    for (const [operator, keys] of Object.entries(block)) {
      for (const [key, value] of Object.entries(keys)) {
        const changed = change(operator, key, value, policy);
        if (changed !== undefined) (next[operator] ??= {})[key] = changed;
      }
    }
    const { Condition: _dropped, ...rest } = statement;
    return Object.keys(next).length === 0 ? rest : { ...rest, Condition: next };
  });
}

const anyStatement = (input: IamInput, test: (statement: Record<string, unknown>, policy: Policy) => boolean) =>
  input.policies.some((policy) => statementsOf(policy.document).some((statement) => test(statement, policy)));

const anyCondition = (
  input: IamInput,
  test: (operator: string, key: string, value: unknown, policy: Policy) => boolean,
) =>
  anyStatement(input, (statement, policy) =>
    Object.entries((statement.Condition ?? {}) as Record<string, Record<string, unknown>>).some(([operator, keys]) =>
      Object.entries(keys).some(([key, value]) => test(operator, key, value, policy)),
    ),
  );

const VARIABLE = /\$\{([^}]*)\}/g;

/** A policy variable whose key is absent from the context (or multivalued) and that has no default. */
function hasUnresolvedVariable(text: unknown, context: IamInput["request"]["context"]): boolean {
  if (typeof text !== "string") return false;
  return [...text.matchAll(VARIABLE)].some(([, body = ""]) => {
    if (body.includes(",") || ["*", "?", "$"].includes(body)) return false;
    const key = body.trim().toLowerCase();
    const value = Object.entries(context).find(([name]) => name.toLowerCase() === key)?.[1];
    return typeof value !== "string";
  });
}

const NEGATED = /^(?:For(?:Any|All)Values?:)?(?:StringNot|ArnNot)/i;
const DATE = /^(?:For(?:Any|All)Values?:)?Date/i;
const SET_IF_EXISTS = /^For(?:Any|All)Values?:.*IfExists$/i;
const EPOCH = /^\d+$/;
const IP = /^(?:For(?:Any|All)Values?:)?(?:Not)?IpAddress(?:IfExists)?$/i;
const NOWHERE = "arn:aws:s3:::no-such-bucket/none";

const toIso = <T>(value: T): T | string =>
  EPOCH.test(String(value)) ? new Date(Number(value) * 1000).toISOString().replace(".000Z", "Z") : value;

const contextValue = (input: IamInput, key: string) =>
  Object.entries(input.request.context).find(([name]) => name.toLowerCase() === key.toLowerCase())?.[1];
const NO_VALUE = "no-such-value";

function sessionStepBypassed(gureum: IamResult, via: "resource-names-principal" | "resource-names-everyone"): boolean {
  return (
    gureum.decidedBy.via === via && gureum.trace.some((step) => step.layer === "session" && step.result === "bypassed")
  );
}

/** A session policy that keeps its Deny statements and allows everything else: equivalent when Gureum bypasses it. */
function allowingSession(input: IamInput): IamInput {
  return {
    ...input,
    policies: input.policies.map((policy) =>
      policy.kind !== "session"
        ? policy
        : {
            ...policy,
            document: {
              Version: "2012-10-17",
              Statement: [
                ...statementsOf(policy.document).filter((statement) => statement.Effect === "Deny"),
                { Effect: "Allow", Action: "*", Resource: "*" },
              ],
            },
          },
    ),
  };
}

const DENYALLOW =
  "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html";
const VARIABLES = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html";
const OPERATORS =
  "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html";

export const KNOWN_DIFFERENCES: readonly KnownDifference[] = [
  {
    id: "root-user",
    right: "gureum",
    quote:
      "By default, all requests are implicitly denied with the exception of the AWS account root user, which has full access.",
    source: DENYALLOW,
    applies: (input, gureum) => gureum.decidedBy.via === "root-user",
    // The peer wants an identity policy even for the root user; one that allows everything changes nothing for Gureum.
    rewrite: (input) => ({
      ...input,
      policies: [
        ...input.policies,
        {
          kind: "identity",
          document: { Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "*", Resource: "*" }] },
        },
      ],
    }),
    example: example([], { principal: `arn:aws:iam::${ACCOUNT}:root` }),
  },
  {
    id: "session-arn-grant-vs-session-policy",
    right: "gureum",
    quote:
      "Permissions granted directly to a session are not limited by an implicit deny in an identity-based policy, a permissions boundary, or session policy.",
    source: DENYALLOW,
    applies: (input, gureum) => sessionStepBypassed(gureum, "resource-names-principal"),
    rewrite: allowingSession,
    example: example(
      [
        ["resource", allow({ Principal: { AWS: SESSION } })],
        ["session", allow({ Action: "sqs:*" })],
      ],
      { principal: SESSION },
    ),
  },
  {
    id: "star-grant-vs-session-policy",
    right: "gureum",
    quote:
      "Permissions boundaries and session policies do not limit permissions granted using the aws:PrincipalArn condition key with a wildcard(*) in the Principal element, unless the identity-based policies contain an explicit deny.",
    source: DENYALLOW,
    applies: (input, gureum) => sessionStepBypassed(gureum, "resource-names-everyone"),
    rewrite: allowingSession,
    example: example(
      [
        ["resource", allow({ Principal: "*" })],
        ["session", allow({ Action: "sqs:*" })],
      ],
      { principal: SESSION },
    ),
  },
  {
    id: "variables-without-version",
    right: "gureum",
    quote:
      "If you don't include the Version element and set it to an appropriate version date, variables like ${aws:username} are treated as literal strings in the policy.",
    source: VARIABLES,
    applies: (input) =>
      input.policies.some((policy) => !hasVariables(policy.document) && JSON.stringify(policy.document).includes("${")),
    // Literal "${…}" text matches no generated value; "$-{…}" is literal text that matches none either.
    rewrite: (input) => ({
      ...input,
      policies: input.policies.map((policy) =>
        hasVariables(policy.document)
          ? policy
          : { ...policy, document: JSON.parse(JSON.stringify(policy.document).replaceAll("${", "$-{")) as unknown },
      ),
    }),
    example: example(
      [["identity", allow({ Resource: "arn:aws:s3:::amzn-s3-demo-bucket/home/${aws:username}/*" })]],
      { context: { "aws:username": "alice" } },
      null,
    ),
  },
  {
    id: "unresolved-variable-in-notresource",
    right: "gureum",
    quote:
      "If a variable that has no value in the authorization context is used as part of the Resource or NotResource element of a policy, the resource that includes a policy variable with no value will not match any resource.",
    source: VARIABLES,
    applies: (input) =>
      anyStatement(
        input,
        (statement, policy) =>
          hasVariables(policy.document) &&
          asList(statement.NotResource).some((pattern) => hasUnresolvedVariable(pattern, input.request.context)),
      ),
    rewrite: (input) =>
      mapStatements(input, (statement, policy) =>
        statement.NotResource === undefined || !hasVariables(policy.document)
          ? statement
          : {
              ...statement,
              NotResource: one(
                asList(statement.NotResource).map((pattern) =>
                  hasUnresolvedVariable(pattern, input.request.context) ? NOWHERE : pattern,
                ),
              ),
            },
      ),
    example: example([
      [
        "identity",
        {
          Effect: "Allow",
          Action: "s3:GetObject",
          NotResource: "arn:aws:s3:::amzn-s3-demo-bucket/home/${aws:PrincipalTag/team}/*",
        },
      ],
    ]),
  },
  {
    id: "unresolved-variable-in-negated-condition",
    right: "gureum",
    quote:
      "Inverted condition operators like StringNotEquals or StringNotLike do match against a null value, as the value of the condition key they are testing against is not equal to or like the effectively null value.",
    source: VARIABLES,
    applies: (input) =>
      anyCondition(
        input,
        (operator, _key, value, policy) =>
          hasVariables(policy.document) &&
          NEGATED.test(operator) &&
          asList(value).some((item) => hasUnresolvedVariable(item, input.request.context)),
      ),
    // A variable with no value equals nothing; neither does a literal that no generated context holds.
    rewrite: (input) =>
      mapConditions(input, (_operator, _key, value, policy) =>
        !hasVariables(policy.document)
          ? value
          : one(asList(value).map((item) => (hasUnresolvedVariable(item, input.request.context) ? NO_VALUE : item))),
      ),
    example: example(
      [
        [
          "identity",
          allow({ Condition: { StringNotEquals: { "aws:PrincipalTag/dept": "${aws:PrincipalTag/team}" } } }),
        ],
      ],
      { context: { "aws:PrincipalTag/dept": "eng" } },
    ),
  },
  {
    id: "epoch-and-iso-dates",
    right: "gureum",
    quote:
      "You must specify date/time values with one of the W3C implementations of the ISO 8601 date formats or in epoch (UNIX) time.",
    source: `${OPERATORS}#Conditions_Date`,
    applies: (input) =>
      anyCondition(
        input,
        (operator, key, value) =>
          DATE.test(operator) && [...asList(value), contextValue(input, key)].some((v) => EPOCH.test(String(v))),
      ),
    // The same instants written in ISO 8601, in the policies and in the context of the keys they compare.
    rewrite: (input) => {
      const dateKeys = new Set<string>();
      const policies = mapConditions(input, (operator, key, value) => {
        if (!DATE.test(operator)) return value;
        dateKeys.add(key.toLowerCase());
        return one(asList(value).map(toIso));
      });
      const context = Object.fromEntries(
        Object.entries(input.request.context).map(([key, value]) => [
          key,
          dateKeys.has(key.toLowerCase()) && typeof value === "string" ? toIso(value) : value,
        ]),
      );
      return { ...policies, request: { ...policies.request, context } };
    },
    example: example([["identity", allow({ Condition: { DateLessThan: { "aws:CurrentTime": "1798761600" } } })]], {
      context: { "aws:CurrentTime": "2026-12-07T12:00:00Z" },
    }),
  },
  {
    id: "if-exists-with-set-operator-on-absent-key",
    right: "gureum",
    quote:
      'You can add IfExists to the end of any condition operator name except the Null condition—for example, StringLikeIfExists. You do this to say "If the policy key is present in the context of the request, process the key as specified in the policy. If the key is not present, evaluate the condition element as true."',
    source: `${OPERATORS}#Conditions_IfExists`,
    applies: (input) =>
      anyCondition(
        input,
        (operator, key) =>
          SET_IF_EXISTS.test(operator) &&
          !Object.keys(input.request.context).some((name) => name.toLowerCase() === key.toLowerCase()),
      ),
    // The entry is true for an absent key, so leaving it out is the same condition.
    rewrite: (input) =>
      mapConditions(input, (operator, key, value) =>
        SET_IF_EXISTS.test(operator) &&
        !Object.keys(input.request.context).some((name) => name.toLowerCase() === key.toLowerCase())
          ? undefined
          : value,
      ),
    example: example([
      ["identity", allow({ Condition: { "ForAnyValue:StringEqualsIfExists": { "aws:TagKeys": "env" } } })],
    ]),
  },
  {
    id: "bare-ip-address-is-a-slash-32",
    right: "gureum",
    quote:
      "If you specify an IP address without the associated routing prefix, IAM uses the default prefix value of /32.",
    source: `${OPERATORS}#Conditions_IPAddress`,
    applies: (input) =>
      anyCondition(
        input,
        (operator, _key, value) => IP.test(operator) && asList(value).some((range) => !String(range).includes("/")),
      ),
    // The same ranges with their prefix written out: /32 (or /128 for an IPv6 address).
    rewrite: (input) =>
      mapConditions(input, (operator, _key, value) =>
        !IP.test(operator)
          ? value
          : one(
              asList(value).map((range) =>
                String(range).includes("/") ? range : `${String(range)}/${String(range).includes(":") ? 128 : 32}`,
              ),
            ),
      ),
    example: example([["identity", allow({ Condition: { NotIpAddress: { "aws:SourceIp": "198.51.100.20" } } })]], {
      context: { "aws:SourceIp": "2001:db8::1" },
    }),
  },
  {
    id: "wildcard-in-resource-type",
    right: "gureum",
    quote:
      "You cannot use a wildcard in the portion of the ARN that specifies the resource type, such as the term user in an IAM ARN. For example, the following is not allowed. arn:aws:iam::123456789012:u*",
    source: "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html",
    applies: (input, gureum) =>
      gureum.trace.some((step) => step.notes?.some((note) => note.code === "resource-type-wildcard")),
    // Gureum reads such a pattern as matching nothing, as does an ARN that no generated request or context holds.
    rewrite: (input, gureum) => {
      const refused = new Set(
        gureum.trace.flatMap((step) =>
          (step.notes ?? []).filter((note) => note.code === "resource-type-wildcard").map((note) => note.subject),
        ),
      );
      const swap = (value: unknown) =>
        one(asList(value).map((item) => (typeof item === "string" && refused.has(item) ? NOWHERE : item)));
      const statements = mapStatements(input, (statement) => {
        for (const element of ["Resource", "NotResource"] as const) {
          if (statement[element] !== undefined) statement[element] = swap(statement[element]);
        }
        return statement;
      });
      return mapConditions(statements, (operator, _key, value) => (/Arn/i.test(operator) ? swap(value) : value));
    },
    example: example([["identity", allow({ Action: "iam:GetUser", Resource: `arn:aws:iam::${ACCOUNT}:u*` })]], {
      action: "iam:GetUser",
      resource: ALICE,
    }),
  },
];
