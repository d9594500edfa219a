import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { isTopicId, TOPICS } from "@/lib/content";
import { appMessages } from "@/lib/i18n/messages";
import { simMessages } from "@/lib/i18n/sim-messages";
import { studyMessages } from "@/lib/i18n/study-messages";
import { getPracticeQuestion } from "@/lib/server/practice";
import { getTranslator } from "@/lib/server/language";
import { PracticeQuestionCard } from "./practice-question-card";

export async function generateMetadata({ params }: { params: Promise<{ topic: string }> }) {
  const [{ topic }, { t, language }] = await Promise.all([params, getTranslator()]);
  const info = TOPICS.find((x) => x.id === topic);
  return { title: info ? t("practice.title", { topic: info.name[language] }) : t("nav.topics") };
}

export default async function PracticePage({ params }: { params: Promise<{ topic: string }> }) {
  const { topic } = await params;
  if (!isTopicId(topic)) notFound();
  const user = await requireUser(`/practice/${topic}`);
  const [{ t, language }, practice] = await Promise.all([
    getTranslator(),
    getPracticeQuestion({ userId: user.id, topicId: topic }),
  ]);
  const topicInfo = TOPICS.find((x) => x.id === topic);
  return (
    <div className="space-y-6">
      <header className="flex items-baseline justify-between gap-4">
        <h1 className="text-2xl font-bold">{topicInfo?.name[language]}</h1>
        <p className="text-sm text-slate-600">
          {t("practice.progress", { answered: practice.answeredCount, total: practice.total })}
        </p>
      </header>
      {practice.question ? (
        <PracticeQuestionCard
          // A new presentation of the same question (answered again) is a new card, with its own order and state.
          key={`${practice.question.id}:${practice.presentation}`}
          question={practice.question}
          presentation={practice.presentation}
          language={language}
          messages={appMessages(language, ["practice"])}
          studyMessages={studyMessages(language, ["study"])}
          reportMessages={appMessages(language, ["report"])}
          errorMessages={appMessages(language, ["errors"])}
          // The simulation panel opens after answering a scenario-backed question only.
          simMessages={practice.question.scenarioBacked ? simMessages(language) : null}
        />
      ) : (
        <p className="text-slate-600">{t("practice.empty")}</p>
      )}
    </div>
  );
}
