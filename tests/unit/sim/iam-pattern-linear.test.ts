import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { simulateIam, type IamDecision } from "@/lib/sim/iam";
import { matchArn, matchTokens, parsePattern, type PatternToken, type ResolvedToken } from "@/lib/sim/iam/pattern";

// Issue #13: wildcard matching must be linear time (SIM_CONTRACT.md `iam`: "Pattern matching must run in linear time").
// The matcher is compared with two references: a dynamic-programming glob matcher written here, and the previous
// implementation (one backtracking RegExp per pattern), which defines the semantics to keep, run on inputs small
// enough for it. Speed itself is measured by `npm run bench`, not here: the pathological cases below are sized so
// that a backtracking matcher could not finish them within the test timeout.

/** The previous matcher, kept as the semantic reference (exponential on many stars: small inputs only). */
function legacyMatchTokens(tokens: readonly ResolvedToken[], value: string, ignoreCase: boolean): boolean {
  if (tokens.every((token) => token.t === "lit")) {
    const literal = tokens.map((token) => (token.t === "lit" ? token.v : "")).join("");
    return ignoreCase ? literal.toLowerCase() === value.toLowerCase() : literal === value;
  }
  const source = tokens
    .map((token) =>
      token.t === "lit"
        ? token.v.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
        : token.t === "star"
          ? "[\\s\\S]*"
          : "[\\s\\S]",
    )
    .join("");
  return new RegExp(`^${source}$`, ignoreCase ? "iu" : "u").test(value);
}

/** The previous parser (it rescanned every `${` to its closing brace: quadratic), kept as the semantic reference. */
function legacyParsePattern(text: string, options: { wildcards: boolean; variables: boolean }): PatternToken[] {
  const escapes = new Map([
    ["*", "*"],
    ["?", "?"],
    ["$", "$"],
  ]);
  const variableBody = /^\s*([^\s,']+)\s*(?:,\s*'((?:[^']|'')*)'\s*)?$/;
  const tokens: PatternToken[] = [];
  const pushLiteral = (literal: string) => {
    if (literal === "") return;
    const last = tokens[tokens.length - 1];
    if (last?.t === "lit") last.v += literal;
    else tokens.push({ t: "lit", v: literal });
  };
  const pushPlain = (plain: string) => {
    if (!options.wildcards) return pushLiteral(plain);
    for (const ch of plain) {
      if (ch === "*") tokens.push({ t: "star" });
      else if (ch === "?") tokens.push({ t: "one" });
      else pushLiteral(ch);
    }
  };
  const closingBrace = (open: number) => {
    let quoted = false;
    for (let i = open + 2; i < text.length; i += 1) {
      if (text[i] === "'") quoted = !quoted;
      else if (text[i] === "}" && !quoted) return i;
    }
    return -1;
  };
  let rest = 0;
  let open = options.variables ? text.indexOf("${") : -1;
  while (open >= 0) {
    const close = closingBrace(open);
    if (close < 0) break;
    const body = text.slice(open + 2, close);
    const escaped = escapes.get(body);
    const variable = variableBody.exec(body);
    if (escaped === undefined && variable === null) {
      open = text.indexOf("${", open + 2);
      continue;
    }
    pushPlain(text.slice(rest, open));
    if (escaped !== undefined) pushLiteral(escaped);
    else if (variable?.[1] !== undefined) {
      tokens.push({ t: "var", key: variable[1].toLowerCase(), fallback: variable[2]?.replaceAll("''", "'") });
    }
    rest = close + 1;
    open = text.indexOf("${", rest);
  }
  pushPlain(text.slice(rest));
  return tokens;
}

/** Dynamic-programming glob match over code points: `*` any run (empty included), `?` one code point. */
function referenceGlob(tokens: readonly ResolvedToken[], value: string, same: (a: string, b: string) => boolean) {
  const pattern = tokens.flatMap((token) => (token.t === "lit" ? Array.from(token.v) : [token.t]));
  const text = Array.from(value);
  // row[j]: the pattern read so far matches text[0..j).
  let row = text.map(() => false);
  row.unshift(true);
  for (const element of pattern) {
    const next = row.map(() => false);
    for (let j = 0; j <= text.length; j += 1) {
      if (element === "star") next[j] = row[j] === true || (j > 0 && next[j - 1] === true);
      else if (j > 0 && row[j - 1] === true) next[j] = element === "one" || same(element, text[j - 1] ?? "");
    }
    row = next;
  }
  return row[text.length] === true;
}

const globTokens = (pattern: string) => parsePattern(pattern, { wildcards: true, variables: false }) as ResolvedToken[];
const stringOver = (alphabet: string[], maxLength: number) =>
  fc.array(fc.constantFrom(...alphabet), { maxLength }).map((chars) => chars.join(""));

describe("iam pattern matching agrees with the references (issue #13)", () => {
  it("agrees with dynamic programming on random globs over a small alphabet", () => {
    fc.assert(
      fc.property(
        stringOver(["a", "b", "A", "*", "?"], 12),
        stringOver(["a", "b", "A", "B"], 14),
        fc.boolean(),
        (pattern, value, ignoreCase) => {
          const same = ignoreCase
            ? (a: string, b: string) => a.toLowerCase() === b.toLowerCase()
            : (a: string, b: string) => a === b;
          expect(matchTokens(globTokens(pattern), value, ignoreCase)).toBe(
            referenceGlob(globTokens(pattern), value, same),
          );
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("keeps the previous semantics: code points, case folding, surrogates and regex metacharacters", () => {
    // Astral and lone surrogates (`?` is one code point), ſ/s/S and K/k/Kelvin sign (Unicode case folding), metacharacters.
    const chars = ["a", "s", "S", "ſ", "k", "K", "\u212a", "😀", "\ud83d", "\ude00", ".", "(", "$", "/", ":"];
    fc.assert(
      fc.property(
        stringOver([...chars, "*", "?"], 8),
        stringOver(chars, 10),
        fc.boolean(),
        (pattern, value, ignoreCase) => {
          const tokens = globTokens(pattern);
          expect(matchTokens(tokens, value, ignoreCase)).toBe(legacyMatchTokens(tokens, value, ignoreCase));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it.each([
    // `?` is one code point; a lone surrogate never matches half of a pair.
    ["a?", "a😀", false, true],
    ["a??", "a😀", false, false],
    ["*\ude00", "😀", false, false],
    ["\ud83d*", "😀", false, false],
    // Unicode simple case folding with `ignoreCase` (long s, Kelvin sign, final sigma, capital sharp s; no dotted I).
    ["*ſ", "S", true, true],
    ["*s", "ſ", true, true],
    ["*\u212a", "k", true, true],
    ["*\u212a", "k", false, false],
    ["*σ", "ς", true, true],
    ["*ß", "ẞ", true, true],
    ["*İ", "i", true, false],
    // Without a wildcard the comparison is toLowerCase(), as before: ſ stays ſ.
    ["ſ", "s", true, false],
  ])("keeps the previous meaning of %j against %j (ignoreCase %s)", (pattern, value, ignoreCase, expected) => {
    expect(legacyMatchTokens(globTokens(pattern), value, ignoreCase)).toBe(expected);
    expect(matchTokens(globTokens(pattern), value, ignoreCase)).toBe(expected);
  });

  it("matches ARNs component by component as before", () => {
    const legacyArn = (tokens: ResolvedToken[], value: string) => {
      // The previous matchArn with the previous matcher: same splitting, so compare on whole-ARN inputs.
      const patternParts = splitTokensLikeArn(tokens);
      const valueParts = value.split(":");
      const parts = valueParts.length < 6 ? valueParts : [...valueParts.slice(0, 5), valueParts.slice(5).join(":")];
      if (patternParts === null || parts.length < 6) return legacyMatchTokens(tokens, value, false);
      return patternParts.every((part, index) => legacyMatchTokens(part, parts[index] ?? "", false));
    };
    fc.assert(
      fc.property(stringOver(["a", "b", ":", "/", "*", "?"], 14), stringOver(["a", "b", ":", "/"], 14), (p, v) => {
        const tokens = globTokens(p);
        expect(matchArn(tokens, v)).toBe(legacyArn(tokens, v));
      }),
      { numRuns: 3000 },
    );
  });

  it("parses policy variables, escapes and malformed ${...} exactly as before", () => {
    const pieces = [
      "${",
      "}",
      "'",
      "''",
      ",",
      " ",
      "\t",
      "a",
      "B",
      "*",
      "?",
      "$",
      "{",
      "${*}",
      "${aws:username}",
      ", '",
    ];
    const space = stringOver([" ", "\t"], 2);
    // `${ key , 'default' }` with optional spaces; the default may hold `''`, a lone `'` (malformed), `}` and commas.
    const variableLike = fc
      .tuple(
        space,
        stringOver(["a", "B", "$", "{", "*", ":"], 3),
        space,
        fc.option(fc.tuple(space, stringOver(["a", " ", "''", "'", "}", ",", "${"], 4), space)),
      )
      .map(([before, key, after, fallback]) => {
        const rest = fallback === null ? "" : `,${fallback[0]}'${fallback[1]}'${fallback[2]}`;
        return `\${${before}${key}${after}${rest}}`;
      });
    fc.assert(
      fc.property(
        fc.oneof(
          stringOver(pieces, 16),
          stringOver(["$", "{", "}", "'", ",", " ", "a", "*"], 24),
          fc.array(fc.oneof(variableLike, fc.constantFrom(...pieces)), { maxLength: 6 }).map((parts) => parts.join("")),
        ),
        fc.boolean(),
        fc.boolean(),
        (text, wildcards, variables) => {
          expect(parsePattern(text, { wildcards, variables })).toEqual(
            legacyParsePattern(text, { wildcards, variables }),
          );
        },
      ),
      { numRuns: 5000 },
    );
  });
});

/** Splits glob tokens at literal colons into at most six ARN components (null when there are fewer than six). */
function splitTokensLikeArn(tokens: readonly ResolvedToken[]): ResolvedToken[][] | null {
  const parts: ResolvedToken[][] = [[]];
  for (const token of tokens) {
    if (token.t !== "lit" || parts.length === 6) {
      parts[parts.length - 1]?.push(token);
      continue;
    }
    token.v.split(":").forEach((piece, index) => {
      let text = piece;
      if (index > 0 && parts.length < 6) parts.push([]);
      else if (index > 0) text = `:${piece}`;
      if (text !== "") parts[parts.length - 1]?.push({ t: "lit", v: text });
    });
  }
  return parts.length < 6 ? null : parts;
}

// Through the public evaluator. With a backtracking matcher, 10 stars against 40 characters took seconds and 25 never
// finished; 50 stars against 1,000 characters is far beyond either.
const ALICE = "arn:aws:iam::111122223333:user/alice";

function decide(statements: Record<string, unknown>[], request: Record<string, unknown>): IamDecision {
  const run = simulateIam({
    policies: [{ kind: "identity", document: { Version: "2012-10-17", Statement: statements } }],
    request: { action: "s3:GetObject", resource: "*", principal: ALICE, context: {}, ...request },
  });
  if (!run.ok) throw new Error(run.inputError);
  return run.result.decision;
}

/** `*a*a…*a*b`: `stars` stars, never matching a run of `a` (no `b`), so every split would be tried. */
const nearMiss = (stars: number) => `${"*a".repeat(stars - 1)}*b`;

describe.each([
  { stars: 10, length: 40 },
  { stars: 25, length: 40 },
  { stars: 50, length: 1000 },
])("pathological wildcards: $stars stars against $length characters (issue #13)", ({ stars, length }) => {
  const key = "a".repeat(length);
  const bucket = "arn:aws:s3:::bucket";

  it("Resource", () => {
    const allow = { Effect: "Allow", Action: "s3:GetObject", Resource: `${bucket}/${nearMiss(stars)}` };
    expect(decide([allow], { resource: `${bucket}/${key}` })).toBe("ImplicitDeny");
    expect(decide([allow], { resource: `${bucket}/${key}b` })).toBe("Allow");
    const deny = { ...allow, Effect: "Deny" };
    const everything = { Effect: "Allow", Action: "*", Resource: "*" };
    expect(decide([everything, deny], { resource: `${bucket}/${key}` })).toBe("Allow");
    expect(decide([everything, deny], { resource: `${bucket}/${key}b` })).toBe("ExplicitDeny");
  });

  it("StringLike condition", () => {
    const allow = {
      Effect: "Allow",
      Action: "s3:GetObject",
      Resource: "*",
      Condition: { StringLike: { "s3:prefix": nearMiss(stars) } },
    };
    expect(decide([allow], { context: { "s3:prefix": key } })).toBe("ImplicitDeny");
    expect(decide([allow], { context: { "s3:prefix": `${key}b` } })).toBe("Allow");
    const deny = { ...allow, Effect: "Deny" };
    const everything = { Effect: "Allow", Action: "*", Resource: "*" };
    expect(decide([everything, deny], { context: { "s3:prefix": key } })).toBe("Allow");
    expect(decide([everything, deny], { context: { "s3:prefix": `${key}B` } })).toBe("Allow");
    expect(decide([everything, deny], { context: { "s3:prefix": `${key}b` } })).toBe("ExplicitDeny");
  });

  it("Action (case-insensitive) and ArnLike", () => {
    const action = { Effect: "Allow", Action: `s3:${nearMiss(stars)}`, Resource: "*" };
    expect(decide([action], { action: `s3:${key.toUpperCase()}` })).toBe("ImplicitDeny");
    expect(decide([action], { action: `s3:${key.toUpperCase()}B` })).toBe("Allow");
    const arn = {
      Effect: "Allow",
      Action: "s3:GetObject",
      Resource: "*",
      Condition: { ArnLike: { "aws:SourceArn": `arn:aws:sns:*:111122223333:${nearMiss(stars)}` } },
    };
    const source = `arn:aws:sns:us-east-1:111122223333:${key}`;
    expect(decide([arn], { context: { "aws:SourceArn": source } })).toBe("ImplicitDeny");
    expect(decide([arn], { context: { "aws:SourceArn": `${source}b` } })).toBe("Allow");
  });
});

describe("pathological policy variables (linear parsing)", () => {
  it("decides a resource with 20,000 malformed ${ sharing one closing brace (100 KB)", () => {
    const resource = `arn:aws:s3:::bucket/${"${a b".repeat(20_000)}}`;
    const allow = { Effect: "Allow", Action: "s3:GetObject", Resource: resource };
    expect(decide([allow], { resource })).toBe("Allow");
    expect(decide([allow], { resource: `${resource}x` })).toBe("ImplicitDeny");
  });

  it("keeps ${aws:username} and its default working", () => {
    const allow = { Effect: "Allow", Action: "s3:GetObject", Resource: "arn:aws:s3:::b/${aws:username, 'nobody'}/*" };
    expect(decide([allow], { resource: "arn:aws:s3:::b/alice/x", context: { "aws:username": "alice" } })).toBe("Allow");
    expect(decide([allow], { resource: "arn:aws:s3:::b/nobody/x" })).toBe("Allow");
    expect(decide([allow], { resource: "arn:aws:s3:::b/bob/x", context: { "aws:username": "alice" } })).toBe(
      "ImplicitDeny",
    );
  });
});
