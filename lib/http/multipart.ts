/**
 * A strict multipart/form-data reader for action bodies (at most 64 KB, already in memory). Next.js parses these with
 * busboy and answers anything busboy refuses (no boundary, a truncated body, a part header over 16 KB, …) with a
 * 500; this reader accepts a subset of what busboy accepts — the shape browsers and React send — so whatever it lets
 * through busboy decodes, and everything else becomes a 400 with a reason.
 */

export interface MultipartPart {
  name: string;
  /** Set for file parts; their content is not text. */
  filename: string | null;
  /** The text of a field (UTF-8); null for a file. */
  text: string | null;
}

export type MultipartRead = { ok: true; parts: MultipartPart[] } | { ok: false; reason: string };

/** Far below busboy's 16 KB per part; a browser's part header is a few hundred bytes. */
export const MAX_PART_HEADER_BYTES = 4096;

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const PARAMETER = /^\s*;\s*([!#$%&'*+.^_`|~0-9A-Za-z-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([!#$%&'*+.^_`|~0-9A-Za-z-]+))/;
// RFC 2046 §5.1.1: 1 to 70 characters, not ending in a space.
const BOUNDARY = /^[0-9A-Za-z'()+_,\-./:=? ]{0,69}[0-9A-Za-z'()+_,\-./:=?]$/;
const TEXT_PART_TYPE = /^text\/plain\s*(?:;\s*charset\s*=\s*"?utf-8"?\s*)?$/i;

/** `; key=value` parameters after a media type or disposition type; null when any of them is malformed. */
function parameters(rest: string): Map<string, string> | null {
  const found = new Map<string, string>();
  let remaining = rest;
  while (remaining.trim() !== "") {
    const match = PARAMETER.exec(remaining);
    if (!match?.[1]) return null;
    const key = match[1].toLowerCase();
    if (found.has(key)) return null;
    found.set(key, match[2] !== undefined ? match[2].replace(/\\(.)/g, "$1") : (match[3] ?? ""));
    remaining = remaining.slice(match[0].length);
  }
  return found;
}

/**
 * The boundary of a `multipart/form-data` content type, or null when the type is not exactly that (Next.js only checks
 * the prefix, busboy then refuses e.g. `multipart/form-dataX`) or the boundary is missing or not a valid one.
 */
export function multipartBoundary(contentType: string): string | null {
  const match = /^multipart\/form-data(?=$|[\s;])/i.exec(contentType);
  if (!match) return null;
  const boundary = parameters(contentType.slice(match[0].length))?.get("boundary");
  return boundary !== undefined && BOUNDARY.test(boundary) ? boundary : null;
}

/** One character per byte, so that offsets in the string are offsets in the body. */
function binaryString(bytes: Uint8Array): string {
  let text = "";
  for (let start = 0; start < bytes.length; start += 8192) {
    text += String.fromCharCode(...bytes.subarray(start, start + 8192));
  }
  return text;
}

const utf8 = new TextDecoder("utf-8", { ignoreBOM: true });

function utf8FromBinary(text: string): string {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return utf8.decode(bytes);
}

/** Header values may hold visible characters, spaces and tabs (and bytes ≥ 0x80): no other control character. */
function hasControlCharacter(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09) || code === 0x7f) return true;
  }
  return false;
}

function readPartHeader(block: string): { part: Omit<MultipartPart, "text"> } | { reason: string } {
  if (block.length > MAX_PART_HEADER_BYTES) return { reason: "a part header is too long" };
  const headers = new Map<string, string>();
  for (const line of block.split("\r\n")) {
    const colon = line.indexOf(":");
    const name = colon > 0 ? line.slice(0, colon).toLowerCase() : "";
    const value = line.slice(colon + 1).trim();
    if (!TOKEN.test(name) || hasControlCharacter(value) || headers.has(name))
      return { reason: "a part header is malformed" };
    headers.set(name, value);
  }
  const disposition = headers.get("content-disposition") ?? "";
  const type = /^form-data(?=$|[\s;])/i.exec(disposition);
  const params = type ? parameters(disposition.slice(type[0].length)) : null;
  const name = params?.get("name");
  if (!params || name === undefined) return { reason: "a part has no form-data name" };
  const filename = params.get("filename*") ?? params.get("filename") ?? null;
  const contentType = headers.get("content-type");
  if (filename === null && contentType !== undefined && !TEXT_PART_TYPE.test(contentType)) {
    return { reason: "a field is not UTF-8 text" };
  }
  return { part: { name: utf8FromBinary(name), filename: filename === null ? null : utf8FromBinary(filename) } };
}

/**
 * Reads a complete multipart body: it must open with the boundary, every part must have a form-data name, and it must
 * end with the closing boundary (optionally followed by CRLF). A body cut short anywhere fails.
 */
export function readMultipart(bytes: Uint8Array, boundary: string): MultipartRead {
  const body = binaryString(bytes);
  const dashBoundary = `--${boundary}`;
  const delimiter = `\r\n${dashBoundary}`;
  if (!body.startsWith(`${dashBoundary}\r\n`)) return { ok: false, reason: "the body does not open with the boundary" };
  const parts: MultipartPart[] = [];
  let position = dashBoundary.length + 2;
  for (;;) {
    const headerEnd = body.indexOf("\r\n\r\n", position);
    if (headerEnd === -1) return { ok: false, reason: "the body ends inside a part header" };
    const header = readPartHeader(body.slice(position, headerEnd));
    if ("reason" in header) return { ok: false, reason: header.reason };
    const contentStart = headerEnd + 4;
    const contentEnd = body.indexOf(delimiter, contentStart);
    if (contentEnd === -1) return { ok: false, reason: "the body ends before the closing boundary" };
    const text = header.part.filename === null ? utf8.decode(bytes.subarray(contentStart, contentEnd)) : null;
    parts.push({ ...header.part, text });
    position = contentEnd + delimiter.length;
    if (body.startsWith("--", position)) {
      const rest = body.slice(position + 2);
      if (rest !== "" && rest !== "\r\n") return { ok: false, reason: "data follows the closing boundary" };
      return { ok: true, parts };
    }
    if (!body.startsWith("\r\n", position)) return { ok: false, reason: "a boundary line is malformed" };
    position += 2;
  }
}
