import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { appMessages } from "@/lib/i18n/messages";
import { studyMessages, studyTranslator } from "@/lib/i18n/study-messages";
import { settleOverdueExams } from "@/lib/server/exams";
import { getReviewQueue } from "@/lib/server/review";
import { getLanguage } from "@/lib/server/language";
import { ReviewSession } from "./review-session";

export async function generateMetadata() {
  return { title: studyTranslator(await getLanguage())("review.title") };
}

export default async function ReviewPage() {
  const user = await requireUser("/review");
  // An exam left open past its deadline is scored first, so its missed items are in the queue the learner sees.
  const now = new Date();
  await settleOverdueExams({ userId: user.id, now });
  const [language, queue] = await Promise.all([getLanguage(), getReviewQueue({ userId: user.id, now })]);
  const t = studyTranslator(language);
  return (
    <div className="space-y-6">
      <header className="flex items-baseline justify-between gap-4">
        <h1 className="text-2xl font-bold">{t("review.title")}</h1>
        <Link href="/review/leeches" className="text-sm text-sky-700 hover:underline">
          {t("review.leeches")}
        </Link>
      </header>
      <ReviewSession
        initial={queue}
        language={language}
        messages={studyMessages(language, ["review", "interval", "study"])}
        reportMessages={appMessages(language, ["report"])}
        errorMessages={appMessages(language, ["errors"])}
      />
    </div>
  );
}
