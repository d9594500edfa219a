"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { startExamAction } from "./actions";
import type { TopicId } from "@/lib/content";
import { failureText } from "@/lib/i18n/failure-text";
import type { AppMessages } from "@/lib/i18n/messages";
import { translateWith } from "@/lib/i18n/translate";

type Request = { kind: "clf_c02" | "saa_c03" | "missed" } | { kind: "drill"; topicId: TopicId };

/**
 * Starts an attempt on the server and opens its room, after the learner confirms (the timer cannot be paused, so a
 * stray click must not start one). The server's refusal is shown next to the button.
 */
export function StartExamButton({
  request,
  label,
  pendingLabel,
  accessibleName,
  confirm,
  disabled,
  errorMessages,
}: {
  request: Request;
  label: string;
  pendingLabel: string;
  accessibleName: string;
  confirm: { question: string; start: string; cancel: string };
  disabled?: boolean;
  errorMessages: AppMessages<"errors">;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const start = () =>
    startTransition(async () => {
      const result = await startExamAction(request);
      if (result.ok) router.push(`/exams/${result.data.attemptId}`);
      else {
        setAsking(false);
        setError(failureText(translateWith(errorMessages), result));
      }
    });
  return (
    <div className="space-y-1">
      {asking ? (
        <div
          role="group"
          aria-label={accessibleName}
          className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3"
        >
          <p className="text-sm text-amber-950">{confirm.question}</p>
          <div className="flex gap-2">
            <button
              type="button"
              autoFocus
              disabled={pending}
              onClick={start}
              className="rounded-md bg-sky-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-sky-800 disabled:opacity-50"
            >
              {pending ? pendingLabel : confirm.start}
            </button>
            <button
              type="button"
              disabled={pending}
              onClick={() => setAsking(false)}
              className="rounded-md border border-slate-300 px-3 py-1.5 text-sm disabled:opacity-50"
            >
              {confirm.cancel}
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          aria-label={accessibleName}
          disabled={disabled}
          onClick={() => setAsking(true)}
          className="rounded-md bg-sky-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-sky-800 disabled:opacity-50"
        >
          {label}
        </button>
      )}
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
