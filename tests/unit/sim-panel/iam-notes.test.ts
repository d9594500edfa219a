import { describe, expect, it } from "vitest";
import { iamNoteLines } from "@/components/sim/iam/iam-notes";
import { simulate } from "@/lib/sim";

// The IAM panel warns when the decision rests on a form AWS leaves undefined (issue #14).
// Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html
// ("Multivalued context keys require a condition set operator.")
function run(condition: Record<string, unknown>): Record<string, unknown> {
  const outcome = simulate("iam", {
    policies: [
      {
        kind: "identity",
        document: {
          Version: "2012-10-17",
          Statement: [{ Effect: "Allow", Action: "s3:*", Resource: "*", Condition: condition }],
        },
      },
    ],
    request: {
      action: "s3:GetObject",
      resource: "arn:aws:s3:::amzn-s3-demo-bucket/a.csv",
      principal: "arn:aws:iam::111122223333:user/alice",
      context: { "aws:TagKeys": ["env", "team"] },
    },
  });
  if (!outcome.ok) throw new Error(outcome.inputError);
  return JSON.parse(JSON.stringify(outcome.result)) as Record<string, unknown>;
}

describe("IAM panel notes", () => {
  it("warn, in the page language, about a plain operator on a multivalued key", () => {
    const result = run({ StringEquals: { "aws:TagKeys": "env" } });
    expect(iamNoteLines(result, "en")).toEqual([expect.stringMatching(/^StringEquals aws:TagKeys: .*does not define/)]);
    expect(iamNoteLines(result, "ko")).toEqual([expect.stringContaining("ForAnyValue/ForAllValues")]);
  });

  it("stay silent when the set operator is there", () => {
    expect(iamNoteLines(run({ "ForAnyValue:StringEquals": { "aws:TagKeys": "env" } }), "en")).toEqual([]);
  });
});
