"use client";

import { useState, useTransition } from "react";
import { closeReportAction } from "./actions";

export function CloseReportButtons({
  reportId,
  labels,
}: {
  reportId: string;
  labels: { resolve: string; dismiss: string };
}) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const close = (status: "resolved" | "dismissed") =>
    startTransition(async () => {
      const result = await closeReportAction({ reportId, status });
      if (!result.ok) setError(result.message);
    });
  return (
    <div className="flex items-center gap-2">
      <button
        type="button"
        disabled={pending}
        onClick={() => close("resolved")}
        className="rounded-md bg-emerald-700 px-2 py-1 text-xs text-white disabled:opacity-50"
      >
        {labels.resolve}
      </button>
      <button
        type="button"
        disabled={pending}
        onClick={() => close("dismissed")}
        className="rounded-md border border-slate-300 px-2 py-1 text-xs disabled:opacity-50"
      >
        {labels.dismiss}
      </button>
      {error ? (
        <span role="alert" className="text-xs text-red-700">
          {error}
        </span>
      ) : null}
    </div>
  );
}
