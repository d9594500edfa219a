import Link from "next/link";
import { simTranslator } from "@/lib/i18n/sim-messages";
import { getTranslator } from "@/lib/server/language";
import { listTopics } from "@/lib/server/practice";
import { TopicGrid } from "@/components/study/topic-grid";

export default async function HomePage() {
  const [{ language, t }, topics] = await Promise.all([getTranslator(), listTopics()]);
  return (
    <div className="space-y-10">
      <section className="space-y-4">
        <h1 className="text-3xl font-bold tracking-tight">{t("home.heading")}</h1>
        <p className="max-w-2xl text-lg text-slate-700">{t("home.lead")}</p>
        <Link
          href="/practice"
          className="inline-block rounded-md bg-sky-700 px-4 py-2 font-medium text-white hover:bg-sky-800"
        >
          {t("home.start")}
        </Link>
      </section>
      <section aria-labelledby="topics-heading" className="space-y-4">
        <h2 id="topics-heading" className="text-xl font-semibold">
          {t("home.topics")}
        </h2>
        <TopicGrid
          topics={topics}
          language={language}
          texts={{
            counts: (topic) =>
              `${t("home.questions", { n: topic.questionCount })} · ${t("home.flashcards", { n: topic.flashcardCount })}`,
            practice: t("topic.practice"),
            lab: simTranslator(language)("labs.homeLink"),
          }}
        />
      </section>
    </div>
  );
}
