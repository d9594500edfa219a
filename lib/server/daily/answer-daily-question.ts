import "server-only";
import { db } from "@/lib/db/client";
import { presentationSeed } from "@/lib/quiz";
import { lockDailyQuiz } from "@/lib/db/sql/daily-quizzes";
import { AppError } from "../app-error";
import { gradeQuestionAnswer } from "../questions/grade-question-answer";
import type { AnswerFeedback } from "../questions/question-view";
import { recordAnswer } from "../questions/record-answer";
import { findTodaysQuiz } from "./find-todays-quiz";

/**
 * Answers one question of the learner's daily quiz, graded on the server: the quiz answer, the answer history and
 * the learner's card (wrong: Again) change in one transaction, and the quiz is finished with its last answer.
 * Answering the same question again returns the first result unchanged.
 */
export async function answerDailyQuestion(input: {
  userId: string;
  quizId: string;
  questionId: string;
  selected: string[];
  now: Date;
}): Promise<{ feedback: AnswerFeedback; finished: boolean; duplicate: boolean }> {
  return db().$transaction(async (tx) => {
    // The quiz row lock serialises a double submission, so the second sees the first's answer.
    if (!(await lockDailyQuiz(tx, input))) throw new AppError("NOT_FOUND", "No such daily quiz");
    const quiz = await tx.dailyQuiz.findUniqueOrThrow({
      where: { id: input.quizId },
      include: { answers: { select: { questionId: true, selected: true } } },
    });
    const user = await tx.user.findUniqueOrThrow({ where: { id: input.userId }, select: { timeZone: true } });
    const today = await findTodaysQuiz(tx, { userId: input.userId, timeZone: user.timeZone, now: input.now });
    // A quiz of a past day is closed: answering it later (or after moving the clock) cannot pad a streak.
    if (today.quizId !== quiz.id) throw new AppError("CONFLICT", "This daily quiz belongs to another day");
    if (!quiz.questionIds.includes(input.questionId))
      throw new AppError("BAD_INPUT", "That question is not in this quiz");

    const seed = presentationSeed.daily(quiz.id, input.questionId);
    const earlier = quiz.answers.find((a) => a.questionId === input.questionId);
    if (earlier) {
      const { feedback } = await gradeQuestionAnswer(tx, { ...input, selection: { stored: earlier.selected }, seed });
      return { feedback, finished: quiz.completedAt !== null, duplicate: true };
    }
    const { feedback, storedSelected } = await recordAnswer(tx, {
      ...input,
      seed,
      mode: "daily",
      requestId: `daily:${quiz.id}:${input.questionId}`,
    });
    await tx.dailyQuizAnswer.create({
      data: {
        quizId: quiz.id,
        questionId: input.questionId,
        selected: storedSelected,
        isCorrect: feedback.isCorrect,
        answeredAt: input.now,
      },
    });
    // A question retired since the quiz was drawn cannot be answered, so it does not hold the quiz open.
    const answered = new Set([...quiz.answers.map((a) => a.questionId), input.questionId]);
    const live = await tx.question.findMany({
      where: { id: { in: quiz.questionIds }, retiredAt: null },
      select: { id: true },
    });
    const finished = live.every((q) => answered.has(q.id));
    if (finished) await tx.dailyQuiz.update({ where: { id: quiz.id }, data: { completedAt: input.now } });
    return { feedback, finished, duplicate: false };
  });
}
