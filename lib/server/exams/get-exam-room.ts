import "server-only";
import type { Language } from "@/lib/content";
import { db } from "@/lib/db/client";
import { inShownOrder, presentChoices, presentationSeed, shownLetters } from "@/lib/quiz";
import { AppError } from "@/lib/server/app-error";
import type { ExamRoomView } from "@/lib/server/exams/exam-room-view";

/**
 * The exam room for one of this learner's attempts: every item with the learner's saved selections and flags and
 * the server's deadline. A submitted attempt has no room: `{ status: "submitted" }` sends the learner to the result.
 * Reads only: the page settles overdue attempts first (settleOverdueExams), so an overdue one arrives here submitted. NOT_FOUND for an attempt that is not this learner's.
 */
export async function getExamRoom(input: {
  userId: string;
  attemptId: string;
  /** The room carries the questions in the learner's language only: 65 items in two languages would double the page. */
  language: Language;
  now: Date;
}): Promise<{ status: "open"; room: ExamRoomView } | { status: "submitted" }> {
  const { userId, attemptId, now } = input;
  const attempt = await db().examAttempt.findFirst({
    where: { id: attemptId, userId },
    select: {
      id: true,
      kind: true,
      topicId: true,
      startedAt: true,
      deadline: true,
      durationMinutes: true,
      accommodation: true,
      currentIndex: true,
      submittedAt: true,
      responses: {
        orderBy: { position: "asc" },
        select: { questionId: true, position: true, selected: true, flagged: true },
      },
    },
  });
  if (!attempt) throw new AppError("NOT_FOUND", "No such exam");
  if (attempt.submittedAt !== null) return { status: "submitted" };

  // Select only what a candidate may see: this list is the whole of what leaves the server before submission.
  const questions = await db().question.findMany({
    where: { id: { in: attempt.responses.map((r) => r.questionId) } },
    select: {
      id: true,
      type: true,
      selectCount: true,
      stemKo: true,
      stemEn: true,
      keepChoiceOrder: true,
      choices: { orderBy: { position: "asc" }, select: { label: true, textKo: true, textEn: true } },
    },
  });
  const byId = new Map(questions.map((q) => [q.id, q]));
  return {
    status: "open",
    room: {
      attemptId: attempt.id,
      kind: attempt.kind,
      topicId: attempt.topicId,
      startedAt: attempt.startedAt.toISOString(),
      deadline: attempt.deadline.toISOString(),
      serverNow: now.toISOString(),
      durationMinutes: attempt.durationMinutes,
      accommodation: attempt.accommodation,
      currentIndex: attempt.currentIndex,
      items: attempt.responses.flatMap((r) => {
        const q = byId.get(r.questionId);
        if (!q) return [];
        // Each item shows its choices in the attempt's own order, under the letters a, b, c…; the stored labels,
        // whose positions could hint at the key, stay on the server.
        const presentation = presentChoices(
          q.choices.map((c) => c.label),
          presentationSeed.exam(attempt.id, q.id),
          q.keepChoiceOrder,
        );
        return [
          {
            questionId: q.id,
            position: r.position,
            type: q.type,
            selectCount: q.selectCount,
            stem: input.language === "ko" ? q.stemKo : q.stemEn,
            choices: inShownOrder(presentation, q.choices).map((c) => ({
              label: c.label,
              text: input.language === "ko" ? c.textKo : c.textEn,
            })),
            selected: shownLetters(presentation, r.selected),
            flagged: r.flagged,
          },
        ];
      }),
    },
  };
}
