import { isJsonObject, type JsonObject, type JsonValue } from "./json-value";

/** A step into JSON: an object key or a list position. */
export type PathStep = string | number;

/** Splits a dotted field path (`instance.az`) into steps. Numeric steps address list positions. */
export function splitPath(path: string): PathStep[] {
  return path.split(".").map((step) => (/^\d+$/.test(step) ? Number(step) : step));
}

export function getIn(value: unknown, path: readonly PathStep[]): unknown {
  let current = value;
  for (const step of path) {
    if (typeof step === "number" ? !Array.isArray(current) : !isJsonObject(current)) return undefined;
    current = (current as Record<string, unknown>)[step];
  }
  return current;
}

/**
 * A copy of `value` with the value at `path` replaced; `undefined` removes the key (or the list entry).
 * Missing objects on the way are created, so a form can fill an optional block (`rootVolume.encrypted`) from nothing.
 */
export function setIn(
  value: JsonValue | undefined,
  path: readonly PathStep[],
  next: JsonValue | undefined,
): JsonValue | undefined {
  const [step, ...rest] = path;
  if (step === undefined) return next;
  if (typeof step === "number") {
    const list = Array.isArray(value) ? [...value] : [];
    const replaced = setIn(list[step], rest, next);
    if (replaced === undefined) list.splice(step, 1);
    else list[step] = replaced;
    return list;
  }
  const object = isJsonObject(value) ? { ...value } : {};
  const replaced = setIn(object[step], rest, next);
  if (replaced === undefined) delete object[step];
  else object[step] = replaced;
  return object;
}

/** {@link setIn} on an object by dotted path; the result is always an object. */
export function setField(object: JsonObject, path: string, next: JsonValue | undefined): JsonObject {
  const result = setIn(object, splitPath(path), next);
  return isJsonObject(result) ? result : object;
}

/** A copy of `list` with the entry at `from` moved to `to` (clamped to the list). */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const copy = [...list];
  const target = Math.max(0, Math.min(copy.length - 1, to));
  const [item] = copy.splice(from, 1);
  if (item === undefined) return [...list];
  copy.splice(target, 0, item);
  return copy;
}
