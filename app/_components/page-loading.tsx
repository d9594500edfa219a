import { getTranslator } from "@/lib/server/language";

/** What a route group shows while a page waits on the database: a quiet placeholder that screen readers announce. */
export async function PageLoading() {
  const { t } = await getTranslator();
  return (
    <div role="status" aria-live="polite" className="space-y-4">
      <span className="sr-only">{t("app.loading")}</span>
      <div className="h-8 w-1/3 animate-pulse rounded bg-slate-200" />
      <div className="h-32 animate-pulse rounded-lg bg-slate-100" />
      <div className="h-32 animate-pulse rounded-lg bg-slate-100" />
    </div>
  );
}
