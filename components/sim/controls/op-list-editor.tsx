"use client";

import { useId, useMemo, useState } from "react";
import { MessageParts } from "@/components/ui/message-parts";
import type { SimMessages, SimMessageKey } from "@/lib/i18n/sim-messages";
import { translateWith } from "@/lib/i18n/translate";
import { opLabel, simText, type SimText } from "../model/sim-text";
import { getIn, moveItem, setField, splitPath } from "../model/edit-path";
import { isJsonObject, type JsonValue } from "../model/json-value";
import { blankOp, findOpSpec, retypeOp, type OpSpec } from "../model/op-spec";
import { FieldControl } from "./field-control";
import { AddButton, RowActions } from "./row-actions";

/** Words for the entries: the ops of EBS/EC2/EFS, or the timed events of ELB/ASG. */
type Noun = "ops" | "events";
const WORDS: Record<Noun, Record<"item" | "type" | "add" | "newType", SimMessageKey>> = {
  ops: { item: "ops.item", type: "ops.type", add: "ops.add", newType: "ops.newType" },
  events: { item: "events.item", type: "events.type", add: "events.add", newType: "events.newType" },
};

/** The type names of a catalog as options: a word where the catalogue has one, else the name itself (as code). */
function OpOptions({ catalog, t }: { catalog: readonly OpSpec[]; t: SimText }) {
  return (
    <>
      {catalog.map((candidate) => {
        const label = opLabel(t, candidate.op);
        return (
          <option key={candidate.op} value={candidate.op} translate={typeof label === "string" ? undefined : "no"}>
            {typeof label === "string" ? label : label.code}
          </option>
        );
      })}
    </>
  );
}

const SELECT =
  "rounded border border-slate-300 bg-white px-2 py-1 text-sm focus:border-sky-600 focus:outline-none focus:ring-1 focus:ring-sky-600";

function OpEntry({
  op,
  catalog,
  messages,
  noun,
  onChange,
}: {
  op: JsonValue;
  catalog: readonly OpSpec[];
  noun: Noun;
  messages: SimMessages;
  onChange: (next: JsonValue | undefined) => void;
}) {
  const id = useId();
  const t = translateWith(messages);
  const st = useMemo(() => simText(messages), [messages]);
  const spec = isJsonObject(op) ? findOpSpec(catalog, op.op) : undefined;
  if (!isJsonObject(op) || !spec) {
    return (
      <div className="space-y-1">
        <p className="text-xs text-amber-800">{t("ops.unknown")}</p>
        <FieldControl
          spec={{ path: "op", kind: "json" }}
          value={op}
          onValue={(next) => onChange(next ?? null)}
          messages={messages}
          label={t("ops.json")}
        />
      </div>
    );
  }
  return (
    <div className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-4">
      <div className="space-y-1">
        <label htmlFor={id} className="block text-xs font-medium text-slate-600">
          {t(WORDS[noun].type)}
        </label>
        <select
          id={id}
          className={`${SELECT} w-full`}
          value={spec.op}
          onChange={(e) => onChange(retypeOp(catalog, op, e.target.value))}
        >
          <OpOptions catalog={catalog} t={st} />
        </select>
      </div>
      {spec.fields.map((field) => (
        <div key={field.path} className={field.kind === "json" ? "col-span-2 sm:col-span-3 lg:col-span-4" : undefined}>
          <FieldControl
            spec={field}
            value={getIn(op, splitPath(field.path))}
            onValue={(next) => onChange(setField(op, field.path, next))}
            messages={messages}
          />
        </div>
      ))}
    </div>
  );
}

/**
 * An ordered list of operations or events (EBS/EC2/EFS `ops`, ELB/ASG `events`): change each one's type and fields,
 * reorder, remove, or add one of the catalog's types. Entries the catalog does not know are edited as JSON.
 */
export function OpListEditor({
  ops,
  catalog,
  onChange,
  messages,
  heading,
  noun = "ops",
}: {
  ops: readonly JsonValue[];
  catalog: readonly OpSpec[];
  onChange: (next: JsonValue[]) => void;
  messages: SimMessages;
  heading: string;
  noun?: Noun;
}) {
  const t = translateWith(messages);
  const st = useMemo(() => simText(messages), [messages]);
  const addId = useId();
  const [newType, setNewType] = useState(catalog[0]?.op ?? "");
  const newSpec = findOpSpec(catalog, newType);

  function replace(index: number, next: JsonValue | undefined) {
    onChange(next === undefined ? ops.filter((_, i) => i !== index) : ops.map((op, i) => (i === index ? next : op)));
  }

  return (
    <fieldset className="space-y-3 rounded-md border border-slate-200 p-3">
      <legend className="px-1 text-sm font-semibold">{heading}</legend>
      <ol className="space-y-3">
        {ops.map((op, index) => {
          // Counted from 1 for people; the input's own indexes (and JSON mode) stay 0-based.
          const item = t(WORDS[noun].item, { n: index + 1 });
          const name = opLabel(st, isJsonObject(op) ? op.op : "?");
          return (
            <li key={index} className="space-y-2 rounded border border-slate-200 bg-slate-50 p-2">
              <div className="flex items-center justify-between gap-2">
                <span className="text-xs font-semibold text-slate-700">
                  {item} · <MessageParts parts={[name]} />
                </span>
                <RowActions
                  t={t}
                  item={item}
                  index={index}
                  count={ops.length}
                  onMove={(to) => onChange(moveItem(ops, index, to))}
                  onRemove={() => replace(index, undefined)}
                />
              </div>
              <OpEntry
                op={op}
                catalog={catalog}
                messages={messages}
                noun={noun}
                onChange={(next) => replace(index, next)}
              />
            </li>
          );
        })}
      </ol>
      <div className="flex flex-wrap items-end gap-2">
        <div className="space-y-1">
          <label htmlFor={addId} className="block text-xs font-medium text-slate-600">
            {t(WORDS[noun].newType)}
          </label>
          <select id={addId} className={SELECT} value={newType} onChange={(e) => setNewType(e.target.value)}>
            <OpOptions catalog={catalog} t={st} />
          </select>
        </div>
        <AddButton label={t(WORDS[noun].add)} onClick={() => newSpec && onChange([...ops, blankOp(newSpec)])} />
      </div>
    </fieldset>
  );
}
