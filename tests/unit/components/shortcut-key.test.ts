import { describe, expect, it } from "vitest";
import { shortcutKey } from "@/components/study/shortcut-key";

describe("letter and digit shortcuts whatever the keyboard types (issue #12)", () => {
  it("reads the A key as 'a' on a Korean keyboard in Hangul mode", () => {
    expect(shortcutKey({ key: "ㅁ", code: "KeyA" })).toBe("a");
    expect(shortcutKey({ key: "Process", code: "KeyA" })).toBe("a");
    expect(shortcutKey({ key: "ㅕ", code: "KeyU" })).toBe("u");
  });

  it("keeps a typed Latin letter, in lower case, so AZERTY and Dvorak keep their own letters", () => {
    expect(shortcutKey({ key: "A", code: "KeyA" })).toBe("a");
    expect(shortcutKey({ key: "a", code: "KeyQ" })).toBe("a");
  });

  it("reads digits by position too, and leaves other keys as typed", () => {
    expect(shortcutKey({ key: "&", code: "Digit1" })).toBe("1");
    expect(shortcutKey({ key: "3", code: "Numpad3" })).toBe("3");
    expect(shortcutKey({ key: "Enter", code: "Enter" })).toBe("Enter");
    expect(shortcutKey({ key: " ", code: "Space" })).toBe(" ");
  });
});
