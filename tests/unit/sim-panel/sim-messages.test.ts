import { describe, expect, it } from "vitest";
import { SIM_NAMES } from "@/lib/sim";
import { isSimMessageKey, simMessageKeys, simMessages, simTranslator } from "@/lib/i18n/sim-messages";
import { placeholderNames } from "@/lib/i18n/translate";

const ko = simTranslator("ko");
const en = simTranslator("en");

describe("simulation interface text", () => {
  it("fills placeholders and leaves unknown ones visible", () => {
    expect(en("fix.apply", { label: "B" })).toBe("Apply B");
    expect(ko("outcome.failedAt", { op: 2, code: "AZ_MISMATCH" })).toBe("작업 2에서 실패: AZ_MISMATCH");
    expect(en("fix.apply")).toBe("Apply {label}");
  });

  it("has a name for every simulator", () => {
    for (const sim of SIM_NAMES) expect(isSimMessageKey(`sim.${sim}`), sim).toBe(true);
    expect(isSimMessageKey("sim.nope")).toBe(false);
  });

  it("uses the same placeholders in Korean and English, with no empty text", () => {
    const keys = simMessageKeys();
    expect(keys.length).toBeGreaterThan(100);
    for (const key of keys) {
      expect(ko(key).trim(), key).not.toBe("");
      expect(en(key).trim(), key).not.toBe("");
      expect(placeholderNames(simMessages("ko")[key]), key).toEqual(placeholderNames(simMessages("en")[key]));
    }
  });
});
