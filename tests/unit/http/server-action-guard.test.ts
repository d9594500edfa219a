import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ACTION_BODY_LIMIT_BYTES,
  MAX_NESTING_DEPTH,
  checkMultipartActionBody,
  checkTextActionBody,
  guardActionRequest,
  unstorableText,
} from "@/lib/http/server-action-guard";

const TEXT = "text/plain;charset=UTF-8";
const PAGE = "http://localhost:3000/sign-up";

function actionPost(body: BodyInit | null, headers: Record<string, string> = {}, url = PAGE): Request {
  return new Request(url, {
    method: "POST",
    headers: { "Next-Action": "40abc", "Content-Type": TEXT, Host: "localhost:3000", ...headers },
    body,
    // Node's fetch needs this for a stream body; the DOM typings do not know it.
    ...({ duplex: "half" } as object),
  });
}

/** What React's client sends for a FormData argument, serialized by undici as a browser would. */
async function multipart(
  entries: [string, string | Blob][],
): Promise<{ type: string; bytes: Uint8Array<ArrayBuffer> }> {
  const form = new FormData();
  for (const [name, value] of entries) form.append(name, value);
  const request = new Request(PAGE, { method: "POST", body: form });
  return { type: request.headers.get("content-type") ?? "", bytes: new Uint8Array(await request.arrayBuffer()) };
}

const deep = (levels: number) => "[".repeat(levels) + "]".repeat(levels);

describe("text bodies (React's reply as one JSON row)", () => {
  it("lets through what React's client sends: a JSON list of plain values, escaped $ strings included", () => {
    expect(
      checkTextActionBody(JSON.stringify([{ email: "a@b.co", password: "$$ecret", name: "$undefined" }])),
    ).toBeNull();
    expect(checkTextActionBody(JSON.stringify([{ details: "구름 ☁️ 👍🏽 “quotes” \t tab" }]))).toBeNull();
  });

  it("answers broken JSON, non-lists and forged references with 400", () => {
    expect(checkTextActionBody('[{"email":')).toMatchObject({ status: 400, message: expect.stringMatching(/JSON/) });
    expect(checkTextActionBody('"just a string"')).toMatchObject({
      status: 400,
      message: expect.stringMatching(/list of arguments/),
    });
    expect(checkTextActionBody('["$@1"]')).toMatchObject({ status: 400 });
    expect(checkTextActionBody('[{"a":{"b":["$K1"]}}]')).toMatchObject({ status: 400 });
  });

  it("refuses absurd nesting with 400 instead of overflowing the stack (issue #13: 30,000 levels)", () => {
    expect(checkTextActionBody(deep(30_000))).toMatchObject({
      status: 400,
      message: expect.stringMatching(/nested more than 32 levels/),
    });
    expect(checkTextActionBody(`[{"a":${"[".repeat(40_000)}1${"]".repeat(40_000)}}]`)).toMatchObject({ status: 400 });
    expect(checkTextActionBody(deep(MAX_NESTING_DEPTH))).toBeNull();
    expect(checkTextActionBody(deep(MAX_NESTING_DEPTH + 1))).toMatchObject({ status: 400 });
  });

  it("refuses U+0000 and unpaired surrogates in any string or key, however they are written", () => {
    for (const body of [
      '[{"name":"a\\u0000b"}]',
      '[{"name":"a\\ud800b"}]',
      '[{"details":"\\udc00"}]',
      '[{"name":"x\\udbff"}]',
      '[{"a\\u0000":1}]',
      '[[["\\ud83d"]]]',
    ]) {
      expect(checkTextActionBody(body), body).toMatchObject({
        status: 400,
        message: expect.stringMatching(/U\+0000 or an unpaired surrogate/),
      });
    }
    // A raw NUL is not even JSON.
    expect(checkTextActionBody('[{"name":"a\u0000b"}]')).toMatchObject({ status: 400 });
    // A pair is text (an emoji), as are the characters next to the surrogate range.
    expect(checkTextActionBody('[{"name":"\\ud83d\\ude00 \\ud7ff \\ue000"}]')).toBeNull();
  });

  it("knows storable text from unstorable text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (text) => {
        expect(unstorableText(text)).toBe(text.includes("\u0000"));
      }),
    );
    expect(unstorableText("\ud800")).toBe(true);
    expect(unstorableText("\udfff\ud800")).toBe(true);
    expect(unstorableText("😀")).toBe(false);
  });

  it("never throws, whatever the body", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.string({ unit: "binary" })), (body) => {
        const verdict = checkTextActionBody(body);
        expect(verdict === null || verdict.status === 400).toBe(true);
      }),
    );
  });
});

describe("multipart bodies", () => {
  it("lets through a FormData reply as React sends it: row 0 and the FormData's entries", async () => {
    const { type, bytes } = await multipart([
      ["_1_email", "a@b.co"],
      ["_1_name", "구름"],
      ["0", '["$K1"]'],
      ["file", new Blob(["\u0000binary"])],
    ]);
    expect(checkMultipartActionBody("fetch", type, bytes)).toBeNull();
    const plain = await multipart([["0", JSON.stringify([{ email: "a@b.co" }])]]);
    expect(checkMultipartActionBody("fetch", plain.type, plain.bytes)).toBeNull();
  });

  it("answers a body cut short anywhere with 400 (issue #13: truncated multipart)", async () => {
    const { type, bytes } = await multipart([
      ["0", JSON.stringify([{ email: "a@b.co", password: "a long enough password" }])],
      ["_1_x", "y"],
    ]);
    // Only the final CRLF is optional.
    for (let cut = 0; cut < bytes.length - 2; cut++) {
      expect(checkMultipartActionBody("fetch", type, bytes.subarray(0, cut)), `cut at ${cut}`).toMatchObject({
        status: 400,
      });
    }
    expect(checkMultipartActionBody("fetch", type, bytes.subarray(0, bytes.length - 2))).toBeNull();
  });

  it("answers what busboy or React's decoder would fail on with 400", async () => {
    const B = "----x";
    const body = (...parts: string[]) => new TextEncoder().encode(`${parts.join("")}--${B}--\r\n`);
    const field = (name: string, value: string, extra = "") =>
      `--${B}\r\nContent-Disposition: form-data; name="${name}"${extra}\r\n\r\n${value}\r\n`;
    const type = `multipart/form-data; boundary=${B}`;
    const cases: [string, Uint8Array, string][] = [
      ["no row 0", body(field("1", "[]")), type],
      ["row 0 not JSON", body(field("0", "nope")), type],
      ["row 0 not a list", body(field("0", "{}")), type],
      ["a dangling row reference", body(field("0", '["$1"]')), type],
      ["a Map reference", body(field("0", '["$Q7"]')), type],
      ["a server reference", body(field("0", '["$F1"]'), field("1", '{"id":"x","bound":null}')), type],
      ["row 0 is a file", body(field("0", "[]", '; filename="a.txt"')), type],
      [
        "an octet-stream field",
        body(
          `--${B}\r\nContent-Disposition: form-data; name="0"\r\nContent-Type: application/octet-stream\r\n\r\n[]\r\n`,
        ),
        type,
      ],
      ["a 20 KB part header", body(field("0", "[]", `; x="${"a".repeat(20_000)}"`)), type],
      ["a part without a name", body(`--${B}\r\nContent-Disposition: form-data\r\n\r\n[]\r\n`), type],
      ["a control character in a header", body(field("0", "[]", "; x=\u0001")), type],
      ["30,000 levels in row 0", body(field("0", deep(30_000))), type],
      ["a NUL in a FormData entry", body(field("0", '["$K1"]'), field("_1_name", "a\u0000b")), type],
      ["an unpaired surrogate in row 0", body(field("0", '[{"name":"\\ud800"}]')), type],
      ["no boundary", body(field("0", "[]")), "multipart/form-data"],
      ["another boundary", body(field("0", "[]")), "multipart/form-data; boundary=other"],
      ["not form-data", body(field("0", "[]")), `multipart/form-datax; boundary=${B}`],
      ["a preamble", new TextEncoder().encode(`junk\r\n${field("0", "[]")}--${B}--`), type],
      ["an epilogue", new TextEncoder().encode(`${field("0", "[]")}--${B}--\r\njunk`), type],
    ];
    for (const [label, bytes, contentType] of cases) {
      expect(checkMultipartActionBody("fetch", contentType, bytes), label).toMatchObject({ status: 400 });
    }
  });

  it("checks a progressive-enhancement form action's fields and bound arguments", async () => {
    const id = "40abc";
    const ok = await multipart([
      [`$ACTION_ID_${id}`, ""],
      ["email", "a@b.co"],
    ]);
    expect(checkMultipartActionBody("form", ok.type, ok.bytes)).toBeNull();
    const bound = await multipart([
      ["$ACTION_REF_1", ""],
      ["$ACTION_1:0", JSON.stringify({ id, bound: "$@1" })],
      ["$ACTION_1:1", JSON.stringify(["topic", 3])],
    ]);
    expect(checkMultipartActionBody("form", bound.type, bound.bytes)).toBeNull();
    for (const entries of [
      [["email", "a\u0000b"]],
      [
        ["$ACTION_REF_1", ""],
        ["$ACTION_1:0", JSON.stringify({ id, bound: "$@2" })],
      ],
      [
        ["$ACTION_REF_1", ""],
        ["$ACTION_1:0", JSON.stringify({ id, bound: "$@1" })],
        ["$ACTION_1:1", deep(30_000)],
      ],
      [
        ["$ACTION_REF_1", ""],
        ["$ACTION_1:0", `{"id":"${id}","bound":${deep(30_000)}}`],
      ],
    ] as [string, string][][]) {
      const { type, bytes } = await multipart(entries);
      expect(checkMultipartActionBody("form", type, bytes), JSON.stringify(entries).slice(0, 80)).toMatchObject({
        status: 400,
      });
    }
  });

  it("never throws, whatever the bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), fc.boolean(), (bytes, fetchAction) => {
        const verdict = checkMultipartActionBody(
          fetchAction ? "fetch" : "form",
          "multipart/form-data; boundary=x",
          bytes,
        );
        expect(verdict === null || verdict.status === 400).toBe(true);
      }),
    );
  });
});

describe("the whole request", () => {
  it("passes honest action posts and leaves other requests alone", async () => {
    expect(await guardActionRequest(actionPost(JSON.stringify([{ email: "a@b.co" }])))).toBeNull();
    expect(
      await guardActionRequest(
        actionPost("[]", { Origin: "http://localhost:3000", "X-Forwarded-Host": "localhost:3000" }),
      ),
    ).toBeNull();
    expect(await guardActionRequest(new Request(PAGE))).toBeNull();
    expect(await guardActionRequest(new Request(PAGE, { method: "POST", body: "{not an action" }))).toBeNull();
    const form = await multipart([["0", "x"]]);
    // A multipart post to a route handler is not an action; to a page it is one.
    expect(
      await guardActionRequest(
        new Request("http://localhost:3000/api/export", {
          method: "POST",
          headers: { "Content-Type": form.type },
          body: form.bytes,
        }),
      ),
    ).toBeNull();
    expect(
      await guardActionRequest(
        new Request(PAGE, { method: "POST", headers: { "Content-Type": form.type }, body: form.bytes.subarray(0, 20) }),
      ),
    ).toMatchObject({ status: 400 });
  });

  it("refuses cross-origin actions with 403, comparing Origin with X-Forwarded-Host, else Host, as Next.js does", async () => {
    const cases: [Record<string, string>, 403 | null][] = [
      [{ Origin: "https://evil.example" }, 403],
      [{ Origin: "http://localhost:3000" }, null],
      [{ Origin: "https://localhost:3000" }, null],
      [{ Origin: "http://localhost:3001" }, 403],
      [{ Origin: "null" }, 403],
      [{ Origin: "not a url" }, 403],
      [{ Origin: "" }, 403],
      [{ Origin: "https://gureum.example", "X-Forwarded-Host": "gureum.example, proxy.internal" }, null],
      [{ Origin: "http://localhost:3000", "X-Forwarded-Host": "gureum.example" }, 403],
    ];
    for (const [headers, status] of cases) {
      const verdict = await guardActionRequest(actionPost("[]", headers));
      expect(verdict?.status ?? null, JSON.stringify(headers)).toBe(status);
    }
    const form = await multipart([["$ACTION_ID_40abc", ""]]);
    expect(
      await guardActionRequest(
        new Request(PAGE, {
          method: "POST",
          headers: { "Content-Type": form.type, Origin: "https://evil.example", Host: "localhost:3000" },
          body: form.bytes,
        }),
      ),
    ).toMatchObject({ status: 403 });
  });

  it("refuses a declared length over the limit at once, without reading the body", async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(1024));
      },
    });
    const verdict = await guardActionRequest(actionPost(body, { "Content-Length": String(60 * 1024 * 1024) }));
    expect(verdict).toMatchObject({ status: 413, message: expect.stringMatching(/too large/) });
    expect(pulled).toBeLessThanOrEqual(1);
    expect(await guardActionRequest(actionPost("[]", { "Content-Length": "12abc" }))).toMatchObject({ status: 400 });
  });

  it("stops reading a chunked body one chunk past the limit and cancels it (issue #13: 60 MB posts)", async () => {
    const chunk = new Uint8Array(16 * 1024).fill(0x20);
    let pulled = 0;
    let cancelled = false;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        if (pulled * chunk.length > 60 * 1024 * 1024) controller.close();
        else controller.enqueue(chunk);
      },
      cancel() {
        cancelled = true;
      },
    });
    expect(await guardActionRequest(actionPost(body))).toMatchObject({ status: 413 });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(cancelled).toBe(true);
    // The reader saw the limit plus one chunk; the stream's own queue may hold a few more, never the 60 MB.
    expect(pulled * chunk.length).toBeLessThan(ACTION_BODY_LIMIT_BYTES + 8 * chunk.length);
  });

  it("refuses by content when no length is declared, and a body that ends early", async () => {
    const stream = (parts: Uint8Array[], fail = false) =>
      new ReadableStream<Uint8Array>({
        pull(controller) {
          const next = parts.shift();
          if (next) controller.enqueue(next);
          else if (fail) controller.error(new Error("socket hang up"));
          else controller.close();
        },
      });
    const big = new TextEncoder().encode(JSON.stringify(["가".repeat(ACTION_BODY_LIMIT_BYTES / 2)]));
    expect(await guardActionRequest(actionPost(stream([big])))).toMatchObject({ status: 413 });
    const fits = new TextEncoder().encode(JSON.stringify(["x".repeat(ACTION_BODY_LIMIT_BYTES - 10)]));
    expect(await guardActionRequest(actionPost(stream([fits])))).toBeNull();
    expect(await guardActionRequest(actionPost(stream([new TextEncoder().encode("[1")], true)))).toMatchObject({
      status: 400,
    });
  });

  it("classifies content types as Next.js does", async () => {
    expect(await guardActionRequest(actionPost("[]", { "Content-Type": "application/json" }))).toMatchObject({
      status: 415,
    });
    // Next.js reads anything but this exact type as a text reply, and answers this one with a 404 unread.
    expect(
      await guardActionRequest(actionPost("a=b", { "Content-Type": "application/x-www-form-urlencoded" })),
    ).toBeNull();
    expect(
      await guardActionRequest(
        actionPost("a=b", { "Content-Type": "application/x-www-form-urlencoded; charset=UTF-8" }),
      ),
    ).toMatchObject({ status: 415 });
    // Next.js's multipart test is case-sensitive: this one it would read as a text reply.
    expect(
      await guardActionRequest(actionPost("--x--", { "Content-Type": "Multipart/Form-Data; boundary=x" })),
    ).toMatchObject({ status: 415 });
    expect(await guardActionRequest(actionPost("--x--", { "Content-Type": "multipart/form-data" }))).toMatchObject({
      status: 400,
    });
    // Next.js keeps a byte-order mark, which JSON.parse refuses.
    expect(await guardActionRequest(actionPost("\ufeff[]"))).toMatchObject({ status: 400 });
  });

  it("answers a 70 KB multipart body with 413, by header or by content", async () => {
    const { type, bytes } = await multipart([["0", JSON.stringify(["x".repeat(70_000)])]]);
    expect(
      await guardActionRequest(actionPost(bytes, { "Content-Type": type, "Content-Length": String(bytes.length) })),
    ).toMatchObject({ status: 413 });
    const unsized = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes);
        controller.close();
      },
    });
    expect(await guardActionRequest(actionPost(unsized, { "Content-Type": type }))).toMatchObject({ status: 413 });
  });
});
