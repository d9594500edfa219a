import { describe, expect, it } from "vitest";
import { inputErrorParts, locationParts } from "@/components/sim/model/issue-text";
import { parsePath } from "@/lib/sim/input-issue";
import { joinParts, simText } from "@/components/sim/model/sim-text";
import { simMessages } from "@/lib/i18n/sim-messages";
import { simulate, type SimName } from "@/lib/sim";

const ko = simText(simMessages("ko"), "ko");
const en = simText(simMessages("en"), "en");

function refusal(sim: SimName, input: unknown) {
  const run = simulate(sim, input);
  if (run.ok) throw new Error("expected an input error");
  return run;
}

describe("input errors in the learner's language (issue #12)", () => {
  it("words the error the issue quotes, 'ops[0].instance: no instance 0 exists…', in Korean", () => {
    const run = refusal("ec2", { ops: [{ op: "stop", instance: 0 }] });
    expect(run.inputError).toMatch(/^ops\[0\]\.instance: no instance 0 exists/);
    expect(joinParts(inputErrorParts(ko, run))).toBe(
      "작업 1 › 인스턴스 번호: 인스턴스 0이 아직 없습니다 (앞선 작업이 만든 인스턴스: 0개)",
    );
    expect(joinParts(inputErrorParts(en, run))).toBe(
      "operation 1 › Instance number: there is no instance 0 yet (0 created by earlier operations)",
    );
  });

  it("names nested places in words and keeps identifiers as code", () => {
    const run = refusal("sg", {
      securityGroups: [{ id: "sg-web", inbound: [] }],
      instanceGroups: ["sg-db"],
      traffic: { direction: "inbound", protocol: "tcp", port: 443, source: "203.0.113.9" },
    });
    expect(inputErrorParts(ko, run)).toEqual([
      "연결된 그룹 1",
      ": ",
      { code: "sg-db" },
      " 보안 그룹이 목록에 없습니다",
    ]);
    const port = refusal("sg", {
      securityGroups: [
        { id: "sg-web", inbound: [{ protocol: "tcp", fromPort: 444, toPort: 443, source: "0.0.0.0/0" }] },
      ],
      traffic: { direction: "inbound", protocol: "tcp", port: 443, source: "203.0.113.9" },
    });
    expect(joinParts(inputErrorParts(ko, port))).toBe(
      "보안 그룹 1 › 인바운드 규칙 1 › 끝 포트: 포트 범위는 시작 포트가 끝 포트보다 클 수 없습니다",
    );
  });

  it("words zod's own checks: a missing field, a wrong type, an unknown value", () => {
    expect(
      joinParts(inputErrorParts(ko, refusal("ebs", { ops: [{ op: "createVolume", type: "gp3", sizeGiB: 1 }] }))),
    ).toBe("작업 1 › 가용 영역: 값이 필요합니다");
    expect(
      joinParts(
        inputErrorParts(
          ko,
          refusal("ebs", { ops: [{ op: "createVolume", az: "us-east-1a", type: "gp3", sizeGiB: 1.5 }] }),
        ),
      ),
    ).toBe("작업 1 › 크기(GiB): 정수 값이어야 합니다");
    expect(joinParts(inputErrorParts(ko, refusal("ebs", { ops: [{ op: "deleteVolume" }] })))).toMatch(
      /^작업 1 › 작업 종류: 쓸 수 없는 값입니다 \(deleteVolume\)\. 쓸 수 있는 값: createVolume/,
    );
  });

  it("falls back to the place and a general sentence when a simulator has no code for the problem", () => {
    const parts = inputErrorParts(ko, {
      inputError: 'policies[0].document.Statement[1].Effect: must be "Allow" or "Deny"',
    });
    expect(joinParts(parts)).toBe("정책 1 › 정책 문서 › 문 2 › 효과(Effect): 올바르지 않습니다");
    expect(parsePath("a.b[2].c")).toEqual(["a", "b", 2, "c"]);
  });

  it("shows a path it cannot name as code rather than guessing", () => {
    expect(locationParts(ko, ["mystery", "thing"])).toEqual([{ code: "mystery.thing" }]);
  });
});
