import { describe, expect, it } from "vitest";
import { summarizeOutcome } from "@/components/sim/model/outcome-summary";
import { joinParts, simText } from "@/components/sim/model/sim-text";
import { traceLines } from "@/components/sim/model/trace-lines";
import { SIM_NAMES, type SimName } from "@/lib/sim";
import { simMessages } from "@/lib/i18n/sim-messages";
import { simulate } from "@/lib/sim";
import { SIM_EXAMPLES } from "@/lib/sim/examples";

const en = simText(simMessages("en"), "en");
const ko = simText(simMessages("ko"), "ko");

function result(sim: SimName, id: string): Record<string, unknown> {
  const example = SIM_EXAMPLES[sim].find((e) => e.id === id);
  const run = example && simulate(sim, example.input);
  if (!run?.ok) throw new Error(`${sim}/${id} did not run`);
  return run.result;
}

const lines = (sim: SimName, id: string, t = en) => traceLines(sim, result(sim, id), t).map(joinParts);

describe("outcome headline", () => {
  const headline = (sim: SimName, id: string, t = en) => {
    const summary = summarizeOutcome(sim, result(sim, id), false);
    return [summary.tone, joinParts(t.parts(summary.headline.key, summary.headline.params))];
  };

  it("names the verdict, decision, mount outcome or simulated error", () => {
    expect(headline("sg", "https-web-server")).toEqual(["good", "Allowed"]);
    expect(headline("sg", "nacl-rule-order")).toEqual(["bad", "Blocked by the network ACL"]);
    expect(headline("iam", "scp-every-level")).toEqual(["bad", "Implicit deny"]);
    // Operations are counted from 1 on screen, as the editor counts them; the result's atOp is 2 (0-based).
    expect(headline("ebs", "attach-across-azs")).toEqual(["bad", "Failed at operation 3: AZ_MISMATCH"]);
    expect(headline("ebs", "multi-attach")).toEqual(["good", "Every operation succeeded"]);
    expect(headline("efs", "mount-target-security-group")).toEqual(["bad", "Not mounted: SG_BLOCKED"]);
    expect(headline("efs", "one-zone-cross-az")).toEqual(["good", "Mounted"]);
    expect(headline("elb-asg", "elb-health-check-replacement")).toEqual([
      "warn",
      "The group replaces an instance at t = 630 s",
    ]);
    expect(headline("elb-asg", "ec2-health-check-type")).toEqual([
      "bad",
      "A target is unhealthy, but the group does not replace it",
    ]);
    expect(headline("elb-asg", "desired-capacity-limits")).toEqual(["neutral", "Final desired capacity: 8"]);
  });

  it("speaks Korean without English words around the identifiers (issue #12)", () => {
    expect(headline("iam", "scp-every-level", ko)).toEqual(["bad", "암묵적 거부"]);
    expect(headline("ebs", "attach-across-azs", ko)).toEqual(["bad", "작업 3에서 실패: AZ_MISMATCH"]);
    const summary = summarizeOutcome("ebs", result("ebs", "attach-across-azs"), false);
    expect(ko.parts(summary.headline.key, summary.headline.params)).toEqual([
      "작업 3에서 실패: ",
      { code: "AZ_MISMATCH" },
    ]);
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
  it("walks the SG layers in evaluation order, in words", () => {
    expect(lines("sg", "nacl-ephemeral-ports")).toEqual([
      "NACL inbound: allow · NACL rule 100",
      "security group inbound: allow · rule 1 of sg-web",
      "security group, reply: stateful (the reply is allowed) · security groups are stateful",
      "NACL outbound, reply: deny · NACL rule * (no rule matched)",
    ]);
    expect(lines("sg", "nacl-ephemeral-ports", ko)[0]).toBe("NACL 인바운드: 허용 · NACL 규칙 100");
  });

  it("names the IAM statements that matched, counting policies and statements from 1", () => {
    expect(lines("iam", "explicit-deny-wins")[0]).toBe(
      "explicit deny check: a Deny matches · policy 2, statement 1 (NoDeletes)",
    );
    // The line the issue quotes, "explicit-deny: no-deny", now reads in Korean.
    expect(lines("iam", "mfa-condition", ko)[0]).toBe("명시적 거부 확인: 일치하는 Deny 없음");
  });

  it("uses the simulator's own sentences in the page language, without rule codes", () => {
    expect(lines("ebs", "snapshot-to-another-az", ko)[0]).toMatch(/^작업 1 · 볼륨 생성: us-east-1a에 볼륨 0/);
    expect(lines("ebs", "attach-across-azs")).toEqual([
      "operation 3: Volume 0 is in us-east-1a but instance 0 is in us-east-1b; a volume attaches only to instances in its own AZ.",
    ]);
    const elb = lines("elb-asg", "elb-health-check-replacement", ko);
    expect(elb).toContain("630초: i-1이 상태 확인에 2번 연속 실패해 비정상이 됨");
    expect(elb.join("\n")).not.toMatch(/\b[AL]\d+:/);
  });

  it("keeps identifiers apart as code", () => {
    const line = traceLines("elb-asg", result("elb-asg", "elb-health-check-replacement"), ko).find((parts) =>
      joinParts(parts).startsWith("630초: i-1이"),
    );
    expect(line?.filter((part) => typeof part !== "string")).toEqual([{ code: "i-1" }]);
  });

  it("has at least one line for every example", () => {
    for (const sim of SIM_NAMES) {
      for (const example of SIM_EXAMPLES[sim]) expect(lines(sim, example.id).length, example.id).toBeGreaterThan(0);
    }
  });
});
