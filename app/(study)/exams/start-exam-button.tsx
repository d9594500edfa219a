"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { startExamAction } from "./actions";
import type { TopicId } from "@/lib/content";
import { failureText } from "@/lib/i18n/failure-text";
import type { AppMessages } from "@/lib/i18n/messages";
import { translateWith } from "@/lib/i18n/translate";

type Request = { kind: "clf_c02" | "saa_c03" | "missed" } | { kind: "drill"; topicId: TopicId };

/** Starts an attempt on the server and opens its room; the server's refusal is shown next to the button. */
export function StartExamButton({
  request,
  label,
  pendingLabel,
  accessibleName,
  disabled,
  errorMessages,
}: {
  request: Request;
  label: string;
  pendingLabel: string;
  accessibleName: string;
  disabled?: boolean;
  errorMessages: AppMessages<"errors">;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="space-y-1">
      <button
        type="button"
        aria-label={accessibleName}
        disabled={pending || disabled}
        onClick={() =>
          startTransition(async () => {
            const result = await startExamAction(request);
            if (result.ok) router.push(`/exams/${result.data.attemptId}`);
            else setError(failureText(translateWith(errorMessages), result));
          })
        }
        className="rounded-md bg-sky-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-sky-800 disabled:opacity-50"
      >
        {pending ? pendingLabel : label}
      </button>
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
