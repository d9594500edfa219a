import Link from "next/link";
import { getTranslator } from "@/lib/server/language";

// Shown with status 403 when a signed-in learner opens a page that is not theirs to see (the maintainers' pages).
export default async function Forbidden() {
  const { t } = await getTranslator();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("maintainer.forbidden")}</h1>
      <Link href="/" className="text-sky-700 hover:underline">
        {t("nav.home")}
      </Link>
    </div>
  );
}
