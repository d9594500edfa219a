import "server-only";
import { checkedDay, displayedSources } from "@/lib/content";
import { db } from "@/lib/db/client";
import { inShownOrder, presentChoices, presentationSeed, shownLetters } from "@/lib/quiz";
import {
  DEFAULT_CUT_PERCENT,
  DomainResultSchema,
  isMockExamKind,
  MOCK_EXAMS,
  mockExamBlueprint,
  timeUsedMs,
} from "@/lib/exam";
import { AppError } from "@/lib/server/app-error";
import type { ExamResultView } from "@/lib/server/exams/exam-result-view";

/**
 * The score report of one of this learner's scored attempts, with every item's key, explanations and sources.
 * NOT_FOUND for an attempt that is not this learner's; CONFLICT while it is still open (the key stays on the server
 * until the attempt is scored).
 */
export async function getExamResult(input: { userId: string; attemptId: string }): Promise<ExamResultView> {
  const { userId, attemptId } = input;
  const attempt = await db().examAttempt.findFirst({
    where: { id: attemptId, userId },
    include: { responses: { orderBy: { position: "asc" } }, user: { select: { timeZone: true } } },
  });
  if (!attempt) throw new AppError("NOT_FOUND", "No such exam");
  const { submittedAt } = attempt;
  if (submittedAt === null) throw new AppError("CONFLICT", "This exam is still in progress");

  const exam = isMockExamKind(attempt.kind) ? MOCK_EXAMS[attempt.kind] : null;
  const questions = await db().question.findMany({
    where: { id: { in: attempt.responses.map((r) => r.questionId) } },
    select: {
      id: true,
      topicId: true,
      type: true,
      selectCount: true,
      stemKo: true,
      stemEn: true,
      sources: true,
      checkedAt: true,
      keepChoiceOrder: true,
      choices: { orderBy: { position: "asc" } },
      examTags: { where: { exam: exam ?? "" }, select: { domain: true } },
    },
  });
  const byId = new Map(questions.map((q) => [q.id, q]));
  const groups = DomainResultSchema.array().safeParse(attempt.domainResults).data ?? [];

  return {
    attemptId: attempt.id,
    kind: attempt.kind,
    topicId: attempt.topicId,
    startedAt: attempt.startedAt,
    submittedAt,
    autoSubmitted: attempt.autoSubmitted,
    durationMinutes: attempt.durationMinutes,
    accommodation: attempt.accommodation,
    timeUsedMs: timeUsedMs({ startedAt: attempt.startedAt, deadline: attempt.deadline, submittedAt }),
    rawCorrect: attempt.rawCorrect ?? 0,
    total: attempt.responses.length,
    percent:
      attempt.responses.length === 0
        ? 0
        : Math.round((1000 * (attempt.rawCorrect ?? 0)) / attempt.responses.length) / 10,
    scaledScore: attempt.scaledScore,
    passingScaledScore: isMockExamKind(attempt.kind) ? mockExamBlueprint(attempt.kind).passingScaledScore : null,
    cutPercent: DEFAULT_CUT_PERCENT,
    passed: attempt.passed,
    timeZone: attempt.user.timeZone,
    groups,
    items: attempt.responses.flatMap((r) => {
      const q = byId.get(r.questionId);
      if (!q) return [];
      // The report shows each item as it was presented in the attempt, with its letters.
      const presentation = presentChoices(
        q.choices.map((c) => c.label),
        presentationSeed.exam(attempt.id, q.id),
        q.keepChoiceOrder,
      );
      return [
        {
          position: r.position,
          questionId: q.id,
          topicId: q.topicId,
          group: exam ? (q.examTags[0]?.domain ?? "untagged") : q.topicId,
          type: q.type,
          selectCount: q.selectCount,
          stem: { ko: q.stemKo, en: q.stemEn },
          choices: inShownOrder(presentation, q.choices).map((c) => ({
            label: c.label,
            text: { ko: c.textKo, en: c.textEn },
            explanation: { ko: c.explanationKo, en: c.explanationEn },
            correct: c.isCorrect,
          })),
          selected: shownLetters(presentation, r.selected),
          key: shownLetters(
            presentation,
            q.choices.filter((c) => c.isCorrect).map((c) => c.label),
          ),
          flagged: r.flagged,
          correct: r.isCorrect ?? false,
          sources: displayedSources(q.sources),
          checkedAt: checkedDay(q.checkedAt),
        },
      ];
    }),
  };
}
