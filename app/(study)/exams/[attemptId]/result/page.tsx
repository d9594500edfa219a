import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { examTitle, formatDateTime, groupLabel } from "@/components/exam/exam-title";
import { ItemReview } from "@/components/exam/item-review";
import { DomainResults, ScoreSummary } from "@/components/exam/score-summary";
import { requireUser } from "@/lib/auth/session";
import { examTranslator } from "@/lib/i18n/exam-messages";
import { AppError } from "@/lib/server/app-error";
import { getExamResult, settleOverdueExams } from "@/lib/server/exams";
import { getLanguage } from "@/lib/server/language";

export async function generateMetadata() {
  return { title: examTranslator(await getLanguage())("result.title") };
}

export default async function ExamResultPage({ params }: { params: Promise<{ attemptId: string }> }) {
  const { attemptId } = await params;
  const user = await requireUser(`/exams/${attemptId}/result`);
  // The one write before these reads: an exam left open past its deadline is scored now, at its deadline.
  const now = new Date();
  await settleOverdueExams({ userId: user.id, now });
  const language = await getLanguage();
  const result = await getExamResult({ userId: user.id, attemptId }).catch((error: unknown) => {
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "CONFLICT")) return error.code;
    throw error;
  });
  if (result === "NOT_FOUND") notFound();
  if (result === "CONFLICT") redirect(`/exams/${attemptId}`);
  const t = examTranslator(language);
  return (
    <div className="space-y-8">
      <header className="space-y-1">
        <h1 className="text-2xl font-bold">
          {t("result.title")} · {examTitle(t, language, result.kind, result.topicId)}
        </h1>
        <p className="text-sm text-slate-600">{formatDateTime(result.submittedAt, language, result.timeZone)}</p>
      </header>
      <ScoreSummary result={result} t={t} language={language} />
      {result.passingScaledScore !== null ? <p className="text-sm text-amber-900">{t("exams.coverage")}</p> : null}
      <DomainResults result={result} t={t} language={language} />
      <p className="text-sm text-slate-700">
        {t("result.reviewQueue")}{" "}
        <Link href="/review" className="font-medium text-sky-700 hover:underline">
          {t("result.reviewLink")}
        </Link>
      </p>
      <section aria-labelledby="items-heading" className="space-y-3">
        <h2 id="items-heading" className="text-xl font-semibold">
          {t("result.items")}
        </h2>
        {result.items.map((item) => (
          <ItemReview
            key={item.questionId}
            item={item}
            t={t}
            language={language}
            groupName={groupLabel(t, language, result.kind, item.group)}
          />
        ))}
      </section>
      <Link href="/exams" className="inline-block text-sm font-medium text-sky-700 hover:underline">
        ← {t("exams.title")}
      </Link>
    </div>
  );
}
