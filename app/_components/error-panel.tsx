"use client";

import Link from "next/link";
import { useSyncExternalStore } from "react";

// An error boundary is a client component that receives no props from the server, so it carries its own few words
// and reads the page's language from <html lang>, which the root layout sets.
const TEXT = {
  ko: { title: "문제가 발생했습니다", reference: "참조 번호", retry: "다시 시도", home: "홈으로" },
  en: { title: "Something went wrong", reference: "Reference", retry: "Try again", home: "Go to the home page" },
} as const;

function pageLanguage(): "ko" | "en" {
  return document.documentElement.lang === "en" ? "en" : "ko";
}

/**
 * What a route group shows when a page fails unexpectedly: the error's digest (so maintainers can find the logged
 * error; the error itself is never shown), a retry, and a way back.
 */
export function ErrorPanel({
  error,
  reset,
  back,
}: {
  error: Error & { digest?: string };
  reset: () => void;
  back?: { href: string; ko: string; en: string };
}) {
  const language = useSyncExternalStore(
    () => () => undefined,
    pageLanguage,
    () => "ko" as const,
  );
  const text = TEXT[language];
  return (
    <div className="space-y-4" role="alert">
      <h1 className="text-2xl font-bold">{text.title}</h1>
      {error.digest ? (
        <p className="text-sm text-slate-500">
          {text.reference}: {error.digest}
        </p>
      ) : null}
      <div className="flex gap-3">
        <button type="button" onClick={reset} className="rounded-md border border-slate-300 px-3 py-1">
          {text.retry}
        </button>
        <Link href={back?.href ?? "/"} className="rounded-md px-3 py-1 text-sky-700 hover:underline">
          {back ? back[language] : text.home}
        </Link>
      </div>
    </div>
  );
}
