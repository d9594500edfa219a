import { multipartBoundary, readMultipart } from "./multipart";
import { readBodyWithinLimit } from "./read-body";

/**
 * Checks a server-action request before Next.js decodes it. Next.js 16 answers much of what it cannot decode with a
 * 500 (broken or absurdly nested JSON, a non-list, a forged React reference, an over-long, truncated or boundary-less
 * multipart body, a cross-origin action); these checks turn each into a 4xx with a message, classifying requests the
 * way Next.js does (next/dist/server/lib/server-action-request-meta.js, app-render/action-handler.js). Actions still
 * validate their own arguments with zod: this only guards the transport, and refuses the two kinds of text no action
 * can store (U+0000, which PostgreSQL rejects, and unpaired surrogates, which Prisma's engine rejects).
 */

/** The same limit as `serverActions.bodySizeLimit` in next.config.js; the largest honest body (a report with 2,000
 * characters of details) is about 12 KB even with every character escaped. */
export const ACTION_BODY_LIMIT_BYTES = 64 * 1024;
/** Our actions take one flat object; React's own decoder recurses per level, so 30,000 levels overflow its stack. */
export const MAX_NESTING_DEPTH = 32;

export interface GuardVerdict {
  status: 400 | 403 | 413 | 415;
  message: string;
}

/** "fetch": a post with a Next-Action header (how React calls an action); "form": a multipart post to a page, which
 * Next.js tries to decode as a progressive-enhancement form action. */
export type ActionKind = "fetch" | "form";

export function actionKind(method: string, pathname: string, headers: Headers): ActionKind | null {
  if (method !== "POST") return null;
  if (headers.has("next-action")) return "fetch";
  // Route handlers (/api) never decode actions; pages do, for any multipart post (Next.js checks this prefix only).
  if ((headers.get("content-type") ?? "").startsWith("multipart/form-data") && !pathname.startsWith("/api/")) {
    return "form";
  }
  return null;
}

const tooLarge: GuardVerdict = {
  status: 413,
  message: `Request body too large: the limit is ${ACTION_BODY_LIMIT_BYTES / 1024} KB`,
};
const malformed = (what: string): GuardVerdict => ({ status: 400, message: `Malformed request body: ${what}` });

/**
 * Next.js compares the Origin header's host with the first X-Forwarded-Host (else Host) and, when they differ, aborts
 * the action with a 500. The same comparison here answers 403 first. No Origin (a non-browser client) passes, as in
 * Next.js. (Were `serverActions.allowedOrigins` ever configured, it would have to be honoured here too.)
 */
function sameOrigin(origin: string, headers: Headers): boolean {
  let originHost: string;
  try {
    originHost = origin === "null" ? "null" : new URL(origin).host;
  } catch {
    return false;
  }
  const forwardedHost = headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  const host = forwardedHost || headers.get("host");
  return Boolean(host) && originHost === host;
}

type BodyKind = "text" | "multipart" | "none";

/** Everything decided from the headers alone: origin, declared length, content type. */
export function checkActionHeaders(kind: ActionKind, headers: Headers): GuardVerdict | { body: BodyKind } {
  const origin = headers.get("origin");
  if (origin !== null && !sameOrigin(origin, headers)) {
    return { status: 403, message: "Cross-origin action request refused" };
  }
  const length = headers.get("content-length");
  if (length !== null) {
    if (!/^\d+$/.test(length.trim())) return { status: 400, message: "Malformed Content-Length" };
    if (Number(length) > ACTION_BODY_LIMIT_BYTES) return tooLarge;
  }
  const contentType = headers.get("content-type") ?? "";
  if (contentType.startsWith("multipart/form-data")) {
    return multipartBoundary(contentType) === null
      ? malformed("multipart content type without a valid boundary")
      : { body: "multipart" };
  }
  // Next.js answers an exactly URL-encoded fetch action with a 404 without reading it; any other type is read as text.
  if (kind === "fetch" && contentType === "application/x-www-form-urlencoded") return { body: "none" };
  if (/^text\/plain\s*(;|$)/i.test(contentType)) return { body: "text" };
  return { status: 415, message: "Unsupported content type for an action request" };
}

// --- The decoded values ----------------------------------------------------------------------------------------

const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** U+0000 (PostgreSQL refuses it in text) or an unpaired surrogate (not Unicode text; Prisma's engine refuses it). */
export function unstorableText(text: string): boolean {
  return text.includes("\u0000") || UNPAIRED_SURROGATE.test(text);
}

/**
 * React's reply encoding escapes a user string starting with "$" as "$$…"; any other "$" prefix is a reference
 * (promise, FormData, Map, outlined row…), which our actions never receive from honest clients. "$undefined" is plain
 * undefined; `extra` names the references a context allows.
 */
function plainOrAllowed(text: string, extra: RegExp | null): boolean {
  return !text.startsWith("$") || text.startsWith("$$") || text === "$undefined" || (extra?.test(text) ?? false);
}

/**
 * Walks a decoded JSON value without recursion (a 60 KB body can nest 30,000 levels) and reports the first problem:
 * nesting beyond MAX_NESTING_DEPTH, unstorable text in a key or string, or a reference `extra` does not allow.
 */
function inspect(root: unknown, extra: RegExp | null): GuardVerdict | null {
  const pending: { value: unknown; depth: number }[] = [{ value: root, depth: 0 }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const { value, depth } = next;
    if (typeof value === "string") {
      if (unstorableText(value)) return malformed("text contains U+0000 or an unpaired surrogate");
      if (!plainOrAllowed(value, extra)) return malformed("unsupported value");
    } else if (value !== null && typeof value === "object") {
      if (depth >= MAX_NESTING_DEPTH) return malformed(`nested more than ${MAX_NESTING_DEPTH} levels deep`);
      if (Array.isArray(value)) {
        for (const item of value as unknown[]) pending.push({ value: item, depth: depth + 1 });
      } else {
        for (const [key, item] of Object.entries(value)) {
          if (unstorableText(key)) return malformed("text contains U+0000 or an unpaired surrogate");
          pending.push({ value: item, depth: depth + 1 });
        }
      }
    }
  }
  return null;
}

function parseJson(text: string): { value: unknown } | null {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    return null;
  }
}

/** A list of arguments, as React's reply row "0" (or a form action's bound arguments) must be. */
function inspectArguments(text: string, extra: RegExp | null): GuardVerdict | null {
  const parsed = parseJson(text);
  if (!parsed) return malformed("expected JSON");
  if (!Array.isArray(parsed.value)) return malformed("expected a list of arguments");
  return inspect(parsed.value, extra);
}

// Next.js decodes a text body as UTF-8 with Buffer#toString, which keeps a byte-order mark: so does this.
const utf8 = new TextDecoder("utf-8", { ignoreBOM: true });

/** A fetch action's text body: React's reply as one JSON row, the list of arguments. */
export function checkTextActionBody(body: string): GuardVerdict | null {
  return inspectArguments(body, null);
}

// In a multipart reply "$K<id>" is a FormData argument (what `<form action={action}>` sends once hydrated); its
// entries are fields named "_<id>_…". Every other reference names a row, which forged ones leave dangling (Next.js:
// "Invalid forward reference", "Connection closed").
const FORM_DATA_REFERENCE = /^\$K[0-9a-f]{1,8}$/;
const BOUND_ARGUMENTS_REFERENCE = /^\$@([0-9a-f]{1,8})$/;

/** A progressive-enhancement form action with bound arguments: `{"id": …, "bound": null | "$@<row>"}`. */
function inspectFormActionReference(prefix: string, fields: Map<string, string>): GuardVerdict | null {
  const descriptor = parseJson(fields.get(`$ACTION_${prefix}:0`) ?? "");
  if (!descriptor) return malformed("expected a JSON action descriptor");
  const { value } = descriptor;
  if (value === null || typeof value !== "object" || Array.isArray(value)) return malformed("unsupported value");
  const { id, bound, ...others } = value as Record<string, unknown>;
  if (typeof id !== "string" || Object.keys(others).length > 0) return malformed("unsupported value");
  if (bound === null || bound === undefined) return inspect(value, null);
  const row = typeof bound === "string" ? BOUND_ARGUMENTS_REFERENCE.exec(bound)?.[1] : undefined;
  const boundArguments = row === undefined ? undefined : fields.get(`$ACTION_${prefix}:${row}`);
  if (boundArguments === undefined) return malformed("unsupported value");
  return inspect(id, null) ?? inspectArguments(boundArguments, null);
}

/** A multipart body: complete and well formed, storable text in every field, and a reply React can decode. */
export function checkMultipartActionBody(
  kind: ActionKind,
  contentType: string,
  bytes: Uint8Array,
): GuardVerdict | null {
  const boundary = multipartBoundary(contentType);
  if (boundary === null) return malformed("multipart content type without a valid boundary");
  const read = readMultipart(bytes, boundary);
  if (!read.ok) return malformed(`multipart body: ${read.reason}`);
  const fields = new Map<string, string>();
  const files = new Set<string>();
  for (const part of read.parts) {
    if (unstorableText(part.name) || (part.text !== null && unstorableText(part.text))) {
      return malformed("text contains U+0000 or an unpaired surrogate");
    }
    if (part.text === null) files.add(part.name);
    else if (!fields.has(part.name)) fields.set(part.name, part.text);
  }
  if (kind === "fetch") {
    const root = fields.get("0");
    if (root === undefined || files.has("0")) return malformed("the multipart reply has no argument list");
    return inspectArguments(root, FORM_DATA_REFERENCE);
  }
  for (const name of fields.keys()) {
    if (!name.startsWith("$ACTION_REF_")) continue;
    const verdict = inspectFormActionReference(name.slice("$ACTION_REF_".length), fields);
    if (verdict) return verdict;
  }
  return null;
}

/** The body's verdict once read: text or multipart, by the kind `checkActionHeaders` found. */
export function checkActionBody(
  kind: ActionKind,
  body: Exclude<BodyKind, "none">,
  contentType: string,
  bytes: Uint8Array,
): GuardVerdict | null {
  if (bytes.byteLength > ACTION_BODY_LIMIT_BYTES) return tooLarge;
  return body === "text" ? checkTextActionBody(utf8.decode(bytes)) : checkMultipartActionBody(kind, contentType, bytes);
}

/**
 * The whole check of one request, for proxy.ts: null to let it through. Refuses by the declared Content-Length before
 * reading; otherwise reads the body with a running count and stops at the limit (see read-body.ts).
 */
export async function guardActionRequest(request: Request): Promise<GuardVerdict | null> {
  const kind = actionKind(request.method, new URL(request.url).pathname, request.headers);
  if (kind === null) return null;
  const early = checkActionHeaders(kind, request.headers);
  if ("status" in early) return early;
  if (early.body === "none") return null;
  const read = await readBodyWithinLimit(request.body, ACTION_BODY_LIMIT_BYTES);
  if (!read.ok) return read.reason === "too-large" ? tooLarge : malformed("the body ended early");
  return checkActionBody(kind, early.body, request.headers.get("content-type") ?? "", read.bytes);
}
