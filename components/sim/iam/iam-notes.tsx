"use client";

import type { Language } from "@/lib/i18n/localized";
import { NOTES_HEADING } from "@/lib/sim/iam";
import { asList, isJsonObject, isLocalized } from "../model/json-value";

/**
 * The notes an `iam` result's trace carries (a wildcard in an ARN's resource type, a plain operator on a multivalued
 * key), one sentence each in `language`, without repeats.
 */
export function iamNoteLines(result: Record<string, unknown>, language: Language): string[] {
  const lines = asList(result.trace)
    .filter(isJsonObject)
    .flatMap((step) => asList(step.notes))
    .filter(isJsonObject)
    .map((note) => note.message)
    .filter(isLocalized)
    .map((message) => message[language]);
  return [...new Set(lines)];
}

/** Warns, under the outcome, that the evaluated input uses a form AWS's documentation forbids or leaves undefined. */
export function IamNotes({ result, language }: { result: Record<string, unknown>; language: Language }) {
  const lines = iamNoteLines(result, language);
  if (lines.length === 0) return null;
  return (
    <div
      role="note"
      data-testid="iam-notes"
      className="rounded-md border border-amber-400 bg-amber-50 p-2 text-sm text-amber-900"
    >
      <p className="font-semibold">{NOTES_HEADING[language]}</p>
      <ul className="mt-1 list-disc space-y-1 pl-5">
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </div>
  );
}
