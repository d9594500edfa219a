import { describe, expect, it } from "vitest";
import { checkClaims, runSafely, tryFixes } from "@/components/sim/model/scenario-review";
import { scenarioKey } from "@/lib/content/scenario-key";
import type { Scenario } from "@/lib/content/schema";
import { sgSimulator } from "@/lib/sim/sg";
import { SG_EXAMPLES } from "@/lib/sim/examples/sg";
import { EBS_EXAMPLES } from "@/lib/sim/examples/ebs";
import { ebsSimulator } from "@/lib/sim/ebs";

const runSg = (input: unknown) => sgSimulator.run(input);
const ephemeral = SG_EXAMPLES.find((e) => e.id === "nacl-ephemeral-ports");
if (!ephemeral) throw new Error("example missing");

const fixScenario: Scenario = {
  sim: "sg",
  input: ephemeral.input,
  fix: {
    path: "verdict",
    equals: "allowed",
    changes: {
      a: [
        {
          push: "nacl.outbound",
          value: { rule: 110, protocol: "tcp", fromPort: 1024, toPort: 65535, cidr: "0.0.0.0/0", action: "allow" },
        },
      ],
      b: [
        {
          push: "securityGroups.0.outbound",
          value: { protocol: "tcp", fromPort: 1024, toPort: 65535, destination: "0.0.0.0/0" },
        },
      ],
      c: [{ remove: "nacl" }],
      d: [{ set: "nacl.outbound.5.rule", value: 1 }],
    },
  },
};

describe("a fix scenario choice by choice", () => {
  const fix = fixScenario.fix;
  if (!fix) throw new Error("fix missing");
  const trials = tryFixes(fixScenario.input, fix, runSg);

  it("applies each choice's changes and checks the goal", () => {
    expect(trials.map((trial) => [trial.label, trial.ok && trial.meetsGoal])).toEqual([
      ["a", true],
      ["b", false],
      ["c", true],
      ["d", false],
    ]);
    const a = trials[0];
    expect(a?.ok && a.actual).toBe("allowed");
    expect(a?.ok && a.input.nacl).toMatchObject({ outbound: [{ rule: 100 }, { rule: 110 }] });
  });

  it("reports a change that cannot be applied instead of throwing", () => {
    const d = trials[3];
    expect(d?.ok).toBe(false);
    // The change names a rule that is not there: the panel says the choice cannot be applied, in the page language.
    expect(d).toEqual({ label: "d", ok: false });
  });

  it("agrees with the key content:check computes", () => {
    const key = scenarioKey({
      ...fixScenario,
      fix: { ...fix, changes: { a: fix.changes.a ?? [], b: fix.changes.b ?? [], c: fix.changes.c ?? [] } },
    });
    expect(key.ok && key.key).toEqual(["a", "c"]);
  });

  it("leaves the original input untouched", () => {
    expect(ephemeral.input.nacl).toMatchObject({ outbound: [{ rule: 100 }] });
    expect(JSON.stringify(ephemeral.input)).not.toContain("65535");
  });
});

describe("an outcome scenario's claims", () => {
  const attach = EBS_EXAMPLES.find((e) => e.id === "attach-across-azs");
  if (!attach) throw new Error("example missing");
  const claims = {
    a: { path: "error", equals: "AZ_MISMATCH" },
    b: { path: "atOp", equals: 1 },
    c: { path: "state.volumes.0.az", equals: "us-east-1a" },
  };

  it("checks each claim against the current result", () => {
    const run = ebsSimulator.run(attach.input);
    if (!run.ok) throw new Error(run.inputError);
    expect(checkClaims(claims, run.result)).toEqual([
      { label: "a", path: "error", expected: "AZ_MISMATCH", status: { kind: "holds" } },
      { label: "b", path: "atOp", expected: 1, status: { kind: "fails", actual: 2 } },
      // The run stopped at operation 2, so the edited scenario has no volume state to judge (issue #12).
      {
        label: "c",
        path: "state.volumes.0.az",
        expected: "us-east-1a",
        status: { kind: "missing", failedAt: { atOp: 2, error: "AZ_MISMATCH" } },
      },
    ]);
    const key = scenarioKey({ sim: "ebs", input: attach.input, outcome: claims });
    expect(key.ok && key.key).toEqual(["a"]);
  });
});

describe("running a simulator safely", () => {
  it("turns a throw into an input error", () => {
    expect(
      runSafely(() => {
        throw new Error("boom");
      }, {}),
    ).toEqual({
      ok: false,
      inputError: "input: boom",
      issue: { path: [], code: "invalid", params: { detail: "boom" } },
    });
  });
});
