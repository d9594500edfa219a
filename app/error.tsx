"use client";

// Shown for unexpected server errors; the digest lets maintainers find the logged error without exposing it.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="space-y-4" role="alert">
      <h1 className="text-2xl font-bold">Something went wrong · 문제가 발생했습니다</h1>
      {error.digest ? <p className="text-sm text-slate-500">Reference: {error.digest}</p> : null}
      <button type="button" onClick={reset} className="rounded-md border border-slate-300 px-3 py-1">
        Try again · 다시 시도
      </button>
    </div>
  );
}
