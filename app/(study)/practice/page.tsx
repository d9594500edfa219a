import { TopicGrid } from "@/components/study/topic-grid";
import { simTranslator } from "@/lib/i18n/sim-messages";
import { getTranslator } from "@/lib/server/language";
import { listTopics } from "@/lib/server/practice";

export async function generateMetadata() {
  return { title: (await getTranslator()).t("nav.practice") };
}

/** Where "Practice" leads: every topic, so a learner picks one instead of always landing on the first. */
export default async function PracticeIndexPage() {
  const [{ language, t }, topics] = await Promise.all([getTranslator(), listTopics()]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("nav.practice")}</h1>
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
    </div>
  );
}
