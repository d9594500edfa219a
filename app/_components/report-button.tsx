"use client";

import { useState, useTransition } from "react";
import { submitReport } from "@/app/_actions/report-item";
import type { AppMessages } from "@/lib/i18n/messages";
import { translateWith } from "@/lib/i18n/translate";
import { REPORT_REASONS, type ReportReason } from "@/lib/validation/report-reasons";

/** "Report this question/card": a reason and free text, stored with the content hash the learner saw. */
export type ReportMessages = AppMessages<"report">;

export function ReportButton({
  itemKind,
  itemId,
  messages,
}: {
  itemKind: "question" | "flashcard";
  itemId: string;
  messages: ReportMessages;
}) {
  const t = translateWith(messages);
  const [open, setOpen] = useState(false);
  // No reason is preselected: one click must not file a key dispute nobody meant.
  const [reason, setReason] = useState<ReportReason | null>(null);
  const [details, setDetails] = useState("");
  const [state, setState] = useState<{ sent: boolean; error: string | null }>({ sent: false, error: null });
  const [pending, startTransition] = useTransition();

  if (state.sent)
    return (
      <p role="status" className="text-sm text-emerald-700">
        {t("report.thanks")}
      </p>
    );
  if (!open) {
    return (
      <button
        type="button"
        onClick={() => setOpen(true)}
        className="text-sm text-slate-500 underline hover:text-slate-800"
      >
        {itemKind === "question" ? t("report.open") : t("report.openCard")}
      </button>
    );
  }
  return (
    <div
      className="space-y-3 rounded-md border border-slate-200 bg-slate-50 p-4"
      role="group"
      aria-label={t("report.title")}
    >
      <fieldset>
        <legend className="text-sm font-medium">{t("report.title")}</legend>
        <div className="mt-2 flex flex-wrap gap-3">
          {REPORT_REASONS.map((r) => (
            <label key={r} className="flex items-center gap-1 text-sm">
              <input
                type="radio"
                name={`report-reason-${itemId}`}
                value={r}
                checked={reason === r}
                onChange={() => setReason(r)}
              />
              {t(`report.reason.${r}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <label className="block text-sm">
        {t("report.details")}
        <textarea
          value={details}
          maxLength={2000}
          onChange={(e) => setDetails(e.target.value)}
          rows={3}
          className="mt-1 w-full rounded-md border border-slate-300 p-2"
        />
      </label>
      {state.error ? (
        <p role="alert" className="text-sm text-red-700">
          {state.error}
        </p>
      ) : null}
      <div className="flex gap-2">
        <button
          type="button"
          disabled={pending || reason === null}
          onClick={() =>
            startTransition(async () => {
              if (reason === null) return;
              const result = await submitReport({ itemKind, itemId, reason, details });
              setState(result.ok ? { sent: true, error: null } : { sent: false, error: result.message });
            })
          }
          className="rounded-md bg-slate-800 px-3 py-1 text-sm text-white hover:bg-slate-900 disabled:opacity-50"
        >
          {t("report.send")}
        </button>
        <button
          type="button"
          onClick={() => setOpen(false)}
          className="rounded-md border border-slate-300 px-3 py-1 text-sm"
        >
          {t("report.cancel")}
        </button>
      </div>
    </div>
  );
}
