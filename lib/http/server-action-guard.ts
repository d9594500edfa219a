/**
 * Checks a server-action request before Next.js decodes it. Next.js answers a body it cannot decode (broken JSON,
 * a non-array, a forged React reference, an over-long body) with a 500; these checks turn each into a 4xx with a
 * message. Actions still validate their own arguments with zod: this only guards the transport.
 */
export const ACTION_BODY_LIMIT_BYTES = 64 * 1024;

export interface GuardVerdict {
  status: 400 | 413 | 415;
  message: string;
}

// React's reply encoding escapes a user string starting with "$" as "$$…"; a bare "$" prefix is a reference
// (promise, FormData, Map…), which our actions never receive from honest clients. "$undefined" is plain undefined.
function forgedReference(value: unknown): boolean {
  if (typeof value === "string") return value.startsWith("$") && !value.startsWith("$$") && value !== "$undefined";
  if (Array.isArray(value)) return value.some(forgedReference);
  if (value && typeof value === "object") return Object.values(value).some(forgedReference);
  return false;
}

export function checkActionRequest(
  contentType: string | null,
  declaredLength: number | null,
  body: string | null,
): GuardVerdict | null {
  if (declaredLength !== null && declaredLength > ACTION_BODY_LIMIT_BYTES) {
    return { status: 413, message: `Request body too large: the limit is ${ACTION_BODY_LIMIT_BYTES / 1024} KB` };
  }
  const type = (contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  if (type === "multipart/form-data" || type === "application/x-www-form-urlencoded") return null;
  if (type !== "text/plain") return { status: 415, message: "Unsupported content type for an action request" };
  if (body === null) return null;
  if (new TextEncoder().encode(body).length > ACTION_BODY_LIMIT_BYTES) {
    return { status: 413, message: `Request body too large: the limit is ${ACTION_BODY_LIMIT_BYTES / 1024} KB` };
  }
  let args: unknown;
  try {
    args = JSON.parse(body);
  } catch {
    return { status: 400, message: "Malformed request body: expected JSON" };
  }
  if (!Array.isArray(args)) return { status: 400, message: "Malformed request body: expected a list of arguments" };
  if (forgedReference(args)) return { status: 400, message: "Malformed request body: unsupported value" };
  return null;
}
