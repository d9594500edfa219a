import { requireUser } from "@/lib/auth/session";
import { appMessages } from "@/lib/i18n/messages";
import { studyMessages, studyTranslator } from "@/lib/i18n/study-messages";
import { openDailyQuiz } from "@/lib/server/daily";
import { getLanguage } from "@/lib/server/language";
import { DailyQuizRunner } from "./daily-quiz-runner";

export async function generateMetadata() {
  return { title: studyTranslator(await getLanguage())("daily.title") };
}

export default async function DailyPage() {
  const user = await requireUser("/daily");
  const [language, quiz] = await Promise.all([getLanguage(), openDailyQuiz({ userId: user.id, now: new Date() })]);
  const t = studyTranslator(language);
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-bold">{t("daily.title")}</h1>
        <p className="text-sm text-slate-500">{t("daily.day", { day: quiz.day })}</p>
      </header>
      <DailyQuizRunner
        key={quiz.quizId}
        initial={quiz}
        language={language}
        messages={studyMessages(language, ["daily", "review", "study"])}
        reportMessages={appMessages(language, ["report"])}
        errorMessages={appMessages(language, ["errors"])}
      />
    </div>
  );
}
