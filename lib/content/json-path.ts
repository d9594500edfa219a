/**
 * Dotted paths into plain JSON (`state.volumes.0.az`): read a value, or apply the edits a "fix" scenario describes.
 * Edits never mutate their input.
 */
import type { ScenarioChange } from "./schema";

type Json = unknown;

function segments(path: string): string[] {
  return path.split(".");
}

function child(container: Json, key: string): Json {
  if (Array.isArray(container)) return /^\d+$/.test(key) ? container[Number(key)] : undefined;
  if (container !== null && typeof container === "object")
    return Object.hasOwn(container, key) ? (container as Record<string, Json>)[key] : undefined;
  return undefined;
}

/** The value at `path`, or `undefined` when any step is missing. */
export function readPath(value: Json, path: string): Json {
  return segments(path).reduce<Json>((current, key) => child(current, key), value);
}

/** Rebuilds `value` with `update` applied to the parent of the path's last step; throws a message naming the path. */
function updateParent(
  value: Json,
  keys: readonly string[],
  path: string,
  update: (parent: Json, last: string) => Json,
): Json {
  const [head, ...rest] = keys;
  if (head === undefined) throw new Error(`empty path`);
  if (rest.length === 0) return update(value, head);
  const next = child(value, head);
  if (next === undefined || next === null || typeof next !== "object")
    throw new Error(`${path}: "${head}" does not lead to an object or list`);
  const replaced = updateParent(next, rest, path, update);
  if (Array.isArray(value)) return value.map((item, index) => (index === Number(head) ? replaced : item));
  return { ...(value as Record<string, Json>), [head]: replaced };
}

/** Applies scenario edits in order. Throws an Error whose message names the failing path. */
export function applyChanges(input: Json, changes: readonly ScenarioChange[]): Json {
  return changes.reduce<Json>((current, change) => {
    if ("set" in change) {
      return updateParent(current, segments(change.set), change.set, (parent, last) => {
        if (Array.isArray(parent)) {
          if (!/^\d+$/.test(last) || Number(last) > parent.length)
            throw new Error(`${change.set}: no list position ${last}`);
          const copy = [...parent];
          copy[Number(last)] = change.value;
          return copy;
        }
        if (parent === null || typeof parent !== "object") throw new Error(`${change.set}: parent is not an object`);
        return { ...(parent as Record<string, Json>), [last]: change.value };
      });
    }
    if ("push" in change) {
      const list = readPath(current, change.push);
      if (list !== undefined && !Array.isArray(list)) throw new Error(`${change.push}: not a list`);
      return applyChanges(current, [{ set: change.push, value: [...(list ?? []), change.value] }]);
    }
    return updateParent(current, segments(change.remove), change.remove, (parent, last) => {
      if (child(parent, last) === undefined) throw new Error(`${change.remove}: nothing to remove`);
      if (Array.isArray(parent)) return parent.filter((_, index) => index !== Number(last));
      const { [last]: _removed, ...rest } = parent as Record<string, Json>;
      return rest;
    });
  }, input);
}

/** Structural equality of JSON values (object key order ignored). */
export function jsonEqual(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => jsonEqual(item, b[i]));
  }
  if (a && b && typeof a === "object" && typeof b === "object") {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return (
      ka.length === kb.length &&
      ka.every((k) => Object.hasOwn(b, k) && jsonEqual((a as Record<string, Json>)[k], (b as Record<string, Json>)[k]))
    );
  }
  return false;
}
