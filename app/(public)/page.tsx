import Link from "next/link";
import { simTranslator } from "@/lib/i18n/sim-messages";
import { getTranslator } from "@/lib/server/language";
import { listTopics } from "@/lib/server/practice";

export default async function HomePage() {
  const [{ language, t }, topics] = await Promise.all([getTranslator(), listTopics()]);
  return (
    <div className="space-y-10">
      <section className="space-y-4">
        <h1 className="text-3xl font-bold tracking-tight">{t("home.heading")}</h1>
        <p className="max-w-2xl text-lg text-slate-700">{t("home.lead")}</p>
        <Link
          href={topics[0] ? `/practice/${topics[0].id}` : "/sign-up"}
          className="inline-block rounded-md bg-sky-700 px-4 py-2 font-medium text-white hover:bg-sky-800"
        >
          {t("home.start")}
        </Link>
      </section>
      <section aria-labelledby="topics-heading" className="space-y-4">
        <h2 id="topics-heading" className="text-xl font-semibold">
          {t("home.topics")}
        </h2>
        <ul className="grid gap-4 sm:grid-cols-2">
          {topics.map((topic) => (
            <li key={topic.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
              <h3 className="font-semibold">{topic.name[language]}</h3>
              <p className="mt-1 text-sm text-slate-600">{topic.summary[language]}</p>
              <p className="mt-2 text-xs text-slate-500">
                {t("home.questions", { n: topic.questionCount })} · {t("home.flashcards", { n: topic.flashcardCount })}
              </p>
              <Link
                href={`/practice/${topic.id}`}
                className="mt-3 inline-block text-sm font-medium text-sky-700 hover:underline"
              >
                {t("topic.practice")} →
              </Link>
              <Link
                href={`/labs/${topic.id}`}
                className="ml-4 mt-3 inline-block text-sm font-medium text-sky-700 hover:underline"
              >
                {simTranslator(language)("labs.homeLink")} →
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
