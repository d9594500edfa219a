import { setField, splitPath } from "./edit-path";
import type { FieldSpec } from "./field-codec";
import type { JsonObject, JsonValue } from "./json-value";

/** The fields a form offers for one operation or event type (`createVolume`, `stopApp`). */
export interface OpSpec {
  op: string;
  fields: readonly FieldSpec[];
}

export function findOpSpec(catalog: readonly OpSpec[], op: unknown): OpSpec | undefined {
  return catalog.find((spec) => spec.op === op);
}

/** A new entry of the given type with each field's starting value. */
export function blankOp(spec: OpSpec): JsonObject {
  return spec.fields.reduce<JsonObject>(
    (op, field) => (field.initial === undefined ? op : setField(op, field.path, field.initial)),
    { op: spec.op },
  );
}

/**
 * Changes an entry's type, keeping the values of fields both types share (an event's time, an op's instance),
 * so switching `stop` to `reboot` does not lose what the learner set.
 */
export function retypeOp(catalog: readonly OpSpec[], current: JsonObject, op: string): JsonObject {
  const spec = findOpSpec(catalog, op);
  if (!spec) return { ...current, op };
  const next: JsonObject = blankOp(spec);
  for (const field of spec.fields) {
    const [head] = splitPath(field.path);
    if (typeof head === "string" && head in current && current[head] !== undefined)
      next[head] = current[head] as JsonValue;
  }
  return next;
}
