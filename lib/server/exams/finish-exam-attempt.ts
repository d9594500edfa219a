import "server-only";
import type { ExamAttempt, Prisma } from "@/lib/db/generated/client";
import {
  DEFAULT_CUT_PERCENT,
  isAnswered,
  isMockExamKind,
  MOCK_EXAMS,
  mockExamBlueprint,
  shortBlueprint,
  scoreAttempt,
} from "@/lib/exam";
import { isExactMatch } from "@/lib/quiz";
import { recordQuestionOutcomes } from "@/lib/server/schedule/record-question-outcomes";

/**
 * Scores an attempt the caller has locked (see `lock-open-exam-attempt.ts`) inside the caller's transaction: grades
 * every item (unanswered and incomplete count as wrong), stores the score and the per-domain results, and feeds
 * every answered item (right: Good, wrong: Again) into the learner's review schedule; unanswered items feed nothing. An attempt scored at or after its deadline is marked as submitted
 * automatically, at its deadline. Returns false, writing nothing, when the attempt was already scored.
 */
export async function finishExamAttempt(
  tx: Prisma.TransactionClient,
  attempt: ExamAttempt,
  now: Date,
): Promise<boolean> {
  if (attempt.submittedAt !== null) return false;
  const late = now.getTime() >= attempt.deadline.getTime();
  const exam = isMockExamKind(attempt.kind) ? MOCK_EXAMS[attempt.kind] : null;
  const blueprint = isMockExamKind(attempt.kind)
    ? mockExamBlueprint(attempt.kind)
    : shortBlueprint(attempt.kind === "missed" ? "missed" : "drill");

  const responses = await tx.examResponse.findMany({
    where: { attemptId: attempt.id },
    orderBy: { position: "asc" },
    select: { questionId: true, selected: true },
  });
  const questions = await tx.question.findMany({
    where: { id: { in: responses.map((r) => r.questionId) } },
    select: {
      id: true,
      topicId: true,
      selectCount: true,
      choices: { select: { label: true, isCorrect: true } },
      examTags: { where: { exam: exam ?? "" }, select: { domain: true } },
    },
  });
  const byId = new Map(questions.map((q) => [q.id, q]));
  const graded = responses.map((r) => {
    const question = byId.get(r.questionId);
    const key = question?.choices.filter((c) => c.isCorrect).map((c) => c.label) ?? [];
    const correct =
      question !== undefined && isAnswered(r.selected, question.selectCount) && isExactMatch(r.selected, key);
    // A question whose exam tag was removed after the exam started still counts, under a group of its own.
    const group = exam ? (question?.examTags[0]?.domain ?? "untagged") : (question?.topicId ?? "untagged");
    return {
      questionId: r.questionId,
      group,
      correct,
      answered: r.selected.length > 0,
      exists: question !== undefined,
    };
  });
  const score = scoreAttempt(graded, {
    cutPercent: DEFAULT_CUT_PERCENT,
    passingScaledScore: blueprint.passingScaledScore,
    groupOrder: blueprint.domains.map((d) => d.id),
  });

  for (const correct of [true, false]) {
    const ids = graded.filter((g) => g.correct === correct).map((g) => g.questionId);
    if (ids.length > 0)
      await tx.examResponse.updateMany({
        where: { attemptId: attempt.id, questionId: { in: ids } },
        data: { isCorrect: correct },
      });
  }
  await tx.examAttempt.update({
    where: { id: attempt.id },
    data: {
      submittedAt: late ? attempt.deadline : now,
      autoSubmitted: late,
      rawCorrect: score.rawCorrect,
      scaledScore: score.scaledScore,
      passed: score.passed,
      domainResults: score.groups,
    },
  });
  // Only what the learner answered feeds the review schedule: an item left unanswered counts as wrong in the score,
  // but says nothing about what the learner knows (an abandoned exam must not flood review with failed cards). A
  // question deleted since the exam started has no card left to schedule.
  await recordQuestionOutcomes(tx, {
    userId: attempt.userId,
    now,
    source: "exam",
    outcomes: graded
      .filter((g) => g.exists && g.answered)
      .map((g) => ({ questionId: g.questionId, correct: g.correct, requestId: `exam:${attempt.id}:${g.questionId}` })),
  });
  return true;
}
