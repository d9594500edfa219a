import { LANGUAGES, type Language } from "@/lib/i18n/localized";

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The interface language: a remembered choice wins, then the browser's Accept-Language order (q-values honoured),
 * then Korean, the language of our first learners.
 */
export function negotiateLanguage(remembered: string | undefined, acceptLanguage: string | null): Language {
  if (isLanguage(remembered)) return remembered;
  const ranked = (acceptLanguage ?? "")
    .split(",")
    .map((part) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return { base: tag.toLowerCase().split("-")[0] ?? "", q: q ? Number(q.slice(2)) || 0 : 1 };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q);
  return ranked.map((entry) => entry.base).find(isLanguage) ?? "ko";
}
