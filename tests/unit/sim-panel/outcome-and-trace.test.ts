import { describe, expect, it } from "vitest";
import { summarizeOutcome } from "@/components/sim/model/outcome-summary";
import { traceLines } from "@/components/sim/model/trace-lines";
import { SIM_NAMES, type SimName } from "@/lib/sim";
import { simTranslator } from "@/lib/i18n/sim-messages";
import { simulate } from "@/lib/sim";
import { SIM_EXAMPLES } from "@/lib/sim/examples";

function result(sim: SimName, id: string): Record<string, unknown> {
  const example = SIM_EXAMPLES[sim].find((e) => e.id === id);
  const run = example && simulate(sim, example.input);
  if (!run?.ok) throw new Error(`${sim}/${id} did not run`);
  return run.result;
}

describe("outcome headline", () => {
  const en = simTranslator("en");
  const headline = (sim: SimName, id: string) => {
    const summary = summarizeOutcome(sim, result(sim, id), false);
    return [summary.tone, en(summary.headline.key, summary.headline.params)];
  };

  it("names the verdict, decision, mount outcome or simulated error", () => {
    expect(headline("sg", "https-web-server")).toEqual(["good", "Allowed"]);
    expect(headline("sg", "nacl-rule-order")).toEqual(["bad", "Blocked by the network ACL"]);
    expect(headline("iam", "scp-every-level")).toEqual(["bad", "Implicit deny"]);
    expect(headline("ebs", "attach-across-azs")).toEqual(["bad", "Failed at operation 2: AZ_MISMATCH"]);
    expect(headline("ebs", "multi-attach")).toEqual(["good", "Every operation succeeded"]);
    expect(headline("efs", "mount-target-security-group")).toEqual(["bad", "Not mounted: SG_BLOCKED"]);
    expect(headline("efs", "one-zone-cross-az")).toEqual(["good", "Mounted"]);
    expect(headline("elb-asg", "elb-health-check-replacement")).toEqual([
      "warn",
      "The group replaces an instance at t=630",
    ]);
    expect(headline("elb-asg", "ec2-health-check-type")).toEqual([
      "bad",
      "A target is unhealthy, but the group does not replace it",
    ]);
    expect(headline("elb-asg", "desired-capacity-limits")).toEqual(["neutral", "Final desired capacity: 8"]);
  });

  it("lists the contract's named fields that are present", () => {
    const summary = summarizeOutcome("sg", result("sg", "nacl-rule-order"), false);
    expect(summary.facts).toEqual([
      { name: "verdict", value: "blocked-by-nacl" },
      { name: "layer", value: "nacl-in" },
      { name: "rule", value: 90 },
    ]);
    const iam = summarizeOutcome("iam", result("iam", "explicit-deny-wins"), false);
    expect(iam.facts.map((f) => f.name)).toEqual(["decision", "decidedBy.layer"]);
  });

  it("shows every field of a query answer except the prose", () => {
    const run = simulate("ec2", { query: "maxHibernationDays" });
    if (!run.ok) throw new Error(run.inputError);
    const summary = summarizeOutcome("ec2", run.result, true);
    expect(summary.headline.key).toBe("outcome.query");
    expect(summary.facts).toEqual([{ name: "maxHibernationDays", value: 60 }]);
  });
});

describe("trace lines", () => {
  it("walks the SG layers in evaluation order", () => {
    expect(traceLines("sg", result("sg", "nacl-ephemeral-ports"), "en")).toEqual([
      "nacl-in: allow · rule 100",
      "sg-in: allow · sg-web #0",
      "sg-reply: stateful · security groups are stateful",
      "nacl-out-reply: deny · rule *",
    ]);
  });

  it("names the IAM statements that matched", () => {
    const lines = traceLines("iam", result("iam", "explicit-deny-wins"), "en");
    expect(lines[0]).toBe("explicit-deny: deny · resource #1 statement 0 (NoDeletes) Deny");
  });

  it("uses the simulator's own sentences in the page language", () => {
    const ko = traceLines("ebs", result("ebs", "snapshot-to-another-az"), "ko");
    expect(ko[0]).toMatch(/^#0 createVolume: us-east-1a에 볼륨 0/);
    expect(traceLines("ebs", result("ebs", "attach-across-azs"), "en")).toEqual([
      "#2 B1: Volume 0 is in us-east-1a but instance 0 is in us-east-1b; a volume attaches only to instances in its own AZ.",
    ]);
    expect(
      traceLines("elb-asg", result("elb-asg", "grace-period"), "en").some((line) => line.startsWith("t=60 ")),
    ).toBe(true);
  });

  it("has at least one line for every example", () => {
    for (const sim of SIM_NAMES) {
      for (const example of SIM_EXAMPLES[sim])
        expect(traceLines(sim, result(sim, example.id), "en").length, example.id).toBeGreaterThan(0);
    }
  });
});
