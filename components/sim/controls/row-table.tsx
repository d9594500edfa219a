"use client";

import type { SimMessages } from "@/lib/i18n/sim-messages";
import { translateWith } from "@/lib/i18n/translate";
import { getIn, setField, splitPath } from "../model/edit-path";
import type { FieldSpec } from "../model/field-codec";
import { asObject, type JsonObject, type JsonValue } from "../model/json-value";
import { FieldControl } from "./field-control";
import { AddButton, RowActions } from "./row-actions";

export interface RowColumn {
  spec: FieldSpec;
  header: string;
}

/**
 * An editable table of uniform entries (security group rules, NACL rules, targets): one labelled control per cell,
 * a remove button per row and an add button that appends `blank`.
 */
export function RowTable({
  caption,
  rows,
  columns,
  blank,
  rowName,
  addLabel,
  onChange,
  messages,
}: {
  caption: string;
  rows: readonly JsonValue[];
  columns: readonly RowColumn[];
  blank: JsonObject;
  /** Names a row for screen readers ("Inbound rules, rule 2"). */
  rowName: (index: number) => string;
  addLabel: string;
  onChange: (next: JsonValue[]) => void;
  messages: SimMessages;
}) {
  const t = translateWith(messages);
  return (
    <div className="space-y-2">
      <div className="overflow-x-auto">
        <table className="min-w-full border-collapse text-sm">
          <caption className="py-1 text-left text-sm font-semibold">{caption}</caption>
          <thead>
            <tr>
              {columns.map((column) => (
                <th
                  key={column.spec.path}
                  scope="col"
                  className="px-1 py-1 text-left text-xs font-medium text-slate-600"
                >
                  {column.header}
                </th>
              ))}
              <th scope="col" className="sr-only">
                {t("common.remove")}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => {
              const object = asObject(row);
              return (
                <tr key={index} className="align-top">
                  {columns.map((column) => (
                    <td key={column.spec.path} className="px-1 py-1">
                      <FieldControl
                        spec={column.spec}
                        value={getIn(object, splitPath(column.spec.path))}
                        onValue={(next) =>
                          onChange(rows.map((r, i) => (i === index ? setField(object, column.spec.path, next) : r)))
                        }
                        messages={messages}
                        label={`${rowName(index)}: ${column.header}`}
                        compact
                      />
                    </td>
                  ))}
                  <td className="px-1 py-1">
                    <RowActions
                      t={t}
                      item={rowName(index)}
                      index={index}
                      count={rows.length}
                      onRemove={() => onChange(rows.filter((_, i) => i !== index))}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <AddButton label={addLabel} onClick={() => onChange([...rows, blank])} />
    </div>
  );
}
