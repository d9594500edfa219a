/**
 * Numbers and dates as IAM condition operators read them.
 * Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
 */

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** A decimal number (integer or float), or null. */
export function parseNumber(text: string): number | null {
  const trimmed = text.trim();
  return NUMBER.test(trimmed) ? Number(trimmed) : null;
}

const EPOCH = /^\d+(?:\.\d+)?$/;
const ISO_8601 =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?([Zz]|[+-]\d{2}(?::?\d{2})?)?$/;

function offsetMinutes(zone: string | undefined): number {
  if (zone === undefined || zone.toUpperCase() === "Z") return 0;
  const sign = zone.startsWith("-") ? -1 : 1;
  const digits = zone.slice(1).replace(":", "");
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || "0"));
}

/**
 * Milliseconds since the epoch for an ISO 8601 date or date-time (`2020-01-01`, `2020-01-01T12:00:00Z`,
 * `...+09:00`; a time without a zone is read as UTC) or for epoch seconds (`1577880000`); null if neither.
 * Date operators accept both forms (AWS_FACTS I16).
 */
export function parseDate(text: string): number | null {
  const trimmed = text.trim();
  if (EPOCH.test(trimmed)) return Number(trimmed) * 1000;
  const m = ISO_8601.exec(trimmed);
  if (m === null) return null;
  const [year, month, day, hour, minute, second] = [m[1], m[2], m[3], m[4], m[5], m[6]].map((part) =>
    Number(part ?? "0"),
  );
  if (month === undefined || month < 1 || month > 12 || day === undefined || day < 1 || day > 31) return null;
  if ((hour ?? 0) > 23 || (minute ?? 0) > 59 || (second ?? 0) > 60) return null;
  const fraction = Number(`0.${m[7] ?? "0"}`) * 1000;
  const utc = Date.UTC(year ?? 0, month - 1, day, hour, minute, second) + fraction;
  return utc - offsetMinutes(m[8]) * 60_000;
}
