import Link from "next/link";
import { getTranslator } from "@/lib/server/language";

export default async function NotFound() {
  const { t } = await getTranslator();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("error.notFound")}</h1>
      <Link href="/" className="text-sky-700 hover:underline">
        {t("nav.home")}
      </Link>
    </div>
  );
}
