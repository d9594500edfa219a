import { describe, expect, it } from "vitest";
import { SIM_NAMES } from "@/lib/sim";
import { ItemIdSchema } from "@/lib/content/schema";
import { simulate } from "@/lib/sim";
import { SIM_EXAMPLES } from "@/lib/sim/examples";

describe("lab examples", () => {
  for (const sim of SIM_NAMES) {
    const examples = SIM_EXAMPLES[sim];

    it(`${sim}: 2–4 examples with unique ids, both languages, and the right simulator`, () => {
      expect(examples.length).toBeGreaterThanOrEqual(2);
      expect(examples.length).toBeLessThanOrEqual(4);
      expect(new Set(examples.map((e) => e.id)).size).toBe(examples.length);
      for (const example of examples) {
        expect(ItemIdSchema.safeParse(example.id).success, example.id).toBe(true);
        expect(example.sim).toBe(sim);
        for (const text of [example.title, example.description]) {
          expect(text.ko.trim(), example.id).not.toBe("");
          expect(text.en.trim(), example.id).not.toBe("");
        }
      }
    });

    it(`${sim}: every example is valid input and explains its result`, () => {
      for (const example of examples) {
        const run = simulate(sim, example.input);
        expect(run.ok ? null : run.inputError, example.id).toBeNull();
        if (run.ok)
          expect(run.result.explanation, example.id).toMatchObject({ ko: expect.any(String), en: expect.any(String) });
      }
    });

    it(`${sim}: examples are plain JSON, as a server may hand them to the browser`, () => {
      for (const example of examples) expect(JSON.parse(JSON.stringify(example.input))).toEqual(example.input);
    });
  }

  it("show what their descriptions promise", () => {
    const outcome = (sim: (typeof SIM_NAMES)[number], id: string) => {
      const example = SIM_EXAMPLES[sim].find((e) => e.id === id);
      const run = example && simulate(sim, example.input);
      if (!run?.ok) throw new Error(`${sim}/${id} did not run`);
      return run.result;
    };
    expect(outcome("sg", "nacl-ephemeral-ports")).toMatchObject({
      verdict: "blocked-by-nacl",
      layer: "nacl-out-reply",
    });
    expect(outcome("sg", "nacl-rule-order")).toMatchObject({ verdict: "blocked-by-nacl", rule: 90 });
    expect(outcome("iam", "mfa-condition")).toMatchObject({ decision: "Allow" });
    expect(outcome("iam", "explicit-deny-wins")).toMatchObject({ decision: "ExplicitDeny" });
    expect(outcome("iam", "permissions-boundary")).toMatchObject({ decision: "ImplicitDeny" });
    expect(outcome("ebs", "attach-across-azs")).toMatchObject({ error: "AZ_MISMATCH", atOp: 2 });
    expect(outcome("ec2", "stop-start-addresses")).toMatchObject({
      instances: [{ publicIpv4Changed: true, privateIpv4Changed: false }],
    });
    expect(outcome("elb-asg", "ec2-health-check-type")).toMatchObject({
      asgReplaces: false,
      markedUnhealthyAt: { "i-1": 630 },
    });
    expect(outcome("elb-asg", "grace-period")).toMatchObject({ asgActsNotBefore: 300 });
    expect(outcome("efs", "mount-target-security-group")).toMatchObject({ mounted: false, reason: "SG_BLOCKED" });
    expect(outcome("efs", "windows-client")).toMatchObject({ mounted: false, reason: "UNSUPPORTED_OS" });
    expect(outcome("ec2", "terminate-keeps-volumes")).toMatchObject({
      volumes: [
        { role: "root", exists: false },
        { role: "additional", exists: true, state: "available" },
      ],
    });
    expect(outcome("efs", "one-zone-cross-az")).toMatchObject({ mounted: true, crossAz: false });
  });

  it("change as their descriptions say when the learner makes the suggested edit", () => {
    /** Runs an example after `edit` changed a copy of its input. */
    const edited = <T>(sim: (typeof SIM_NAMES)[number], id: string, edit: (input: T) => void) => {
      const example = SIM_EXAMPLES[sim].find((e) => e.id === id);
      if (!example) throw new Error(`${sim}/${id} is missing`);
      const input = structuredClone(example.input) as T;
      edit(input);
      const run = simulate(sim, input);
      if (!run.ok) throw new Error(`${sim}/${id} did not run: ${run.inputError}`);
      return run.result;
    };
    type Nacl = { nacl: { inbound: { rule: number }[]; outbound: object[] } };
    type Ops = { ops: Record<string, unknown>[] };
    type Mount = { ops: { instance?: Record<string, unknown> }[] };

    expect(
      edited("sg", "nacl-ephemeral-ports", (input: Nacl) =>
        input.nacl.outbound.push({
          rule: 110,
          protocol: "tcp",
          fromPort: 1024,
          toPort: 65535,
          cidr: "0.0.0.0/0",
          action: "allow",
        }),
      ),
    ).toMatchObject({ verdict: "allowed" });
    expect(edited("sg", "nacl-rule-order", (input: Nacl) => (input.nacl.inbound[1]!.rule = 200))).toMatchObject({
      verdict: "allowed",
    });
    expect(edited("ebs", "attach-across-azs", (input: Ops) => (input.ops[1]!.az = "us-east-1b"))).not.toHaveProperty(
      "error",
    );
    expect(
      edited("ec2", "terminate-keeps-volumes", (input: Ops) => {
        const [log] = input.ops[0]!.additionalVolumes as Record<string, unknown>[];
        delete log!.deleteOnTermination;
      }),
    ).toMatchObject({ volumes: [{ exists: false }, { exists: false }] });
    expect(
      edited("efs", "one-zone-cross-az", (input: Mount) => (input.ops[1]!.instance!.az = "us-east-1c")),
    ).toMatchObject({ mounted: true, crossAz: true });
    expect(edited("efs", "windows-client", (input: Mount) => (input.ops[2]!.instance!.os = "macos"))).toMatchObject({
      mounted: true,
      crossAz: false,
    });
  });
});
