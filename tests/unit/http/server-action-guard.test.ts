import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ACTION_BODY_LIMIT_BYTES, checkActionRequest } from "@/lib/http/server-action-guard";

const TEXT = "text/plain;charset=UTF-8";

describe("server action request guard", () => {
  it("lets through what React's client sends: a JSON list of plain values, escaped $ strings included", () => {
    expect(
      checkActionRequest(TEXT, 60, JSON.stringify([{ email: "a@b.co", password: "$$ecret", name: "$undefined" }])),
    ).toBeNull();
    expect(checkActionRequest("multipart/form-data; boundary=x", 100, null)).toBeNull();
  });

  it("answers broken JSON, non-lists and forged references with 400", () => {
    expect(checkActionRequest(TEXT, null, '[{"email":')).toMatchObject({
      status: 400,
      message: expect.stringMatching(/expected JSON/),
    });
    expect(checkActionRequest(TEXT, null, '"just a string"')).toMatchObject({
      status: 400,
      message: expect.stringMatching(/list of arguments/),
    });
    expect(checkActionRequest(TEXT, null, '["$@1"]')).toMatchObject({ status: 400 });
    expect(checkActionRequest(TEXT, null, '[{"a":{"b":["$K1"]}}]')).toMatchObject({ status: 400 });
  });

  it("answers oversized bodies with 413, by header or by content", () => {
    expect(checkActionRequest(TEXT, ACTION_BODY_LIMIT_BYTES + 1, null)).toMatchObject({ status: 413 });
    expect(checkActionRequest(TEXT, null, JSON.stringify(["가".repeat(ACTION_BODY_LIMIT_BYTES / 2)]))).toMatchObject({
      status: 413,
    });
  });

  it("refuses other content types with 415", () => {
    expect(checkActionRequest("application/json", 10, "[]")).toMatchObject({ status: 415 });
    expect(checkActionRequest(null, 10, null)).toMatchObject({ status: 415 });
  });

  it("never throws, whatever the body", () => {
    fc.assert(
      fc.property(
        fc.option(fc.string()),
        fc.option(fc.integer()),
        fc.option(fc.oneof(fc.string(), fc.json())),
        (type, length, body) => {
          const verdict = checkActionRequest(type, length, body);
          expect(verdict === null || [400, 413, 415].includes(verdict.status)).toBe(true);
        },
      ),
    );
  });
});
