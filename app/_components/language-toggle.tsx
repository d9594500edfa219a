"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { setLanguage } from "@/app/_actions/set-language";
import type { Language } from "@/lib/content";

export function LanguageToggle({ current, label }: { current: Language; label: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const other: Language = current === "ko" ? "en" : "ko";
  return (
    <button
      type="button"
      lang={other}
      disabled={pending}
      className="rounded-md border border-slate-300 px-2 py-1 text-sm hover:bg-slate-100 disabled:opacity-50"
      onClick={() =>
        startTransition(async () => {
          await setLanguage(other);
          router.refresh();
        })
      }
    >
      {label}
    </button>
  );
}
