import "server-only";
import { randomInt } from "node:crypto";
import type { TopicId } from "@/lib/content";
import { db } from "@/lib/db/client";
import { lockExamStarts } from "@/lib/db/sql/exam-attempts";
import {
  allowedMinutes,
  assembleExam,
  assembleRetest,
  examDeadline,
  mockExamBlueprint,
  shortBlueprint,
  type AssembledExam,
  type Blueprint,
  type MockExamKind,
} from "@/lib/exam";
import { AppError } from "@/lib/server/app-error";
import { listEarlierDraws } from "./list-earlier-draws";
import { listExamPool } from "./list-exam-pool";
import { listMissedQuestions } from "@/lib/server/exams/list-missed-questions";
import { settleOverdueExams } from "./settle-overdue-exams";

export type StartExamRequest = { kind: MockExamKind } | { kind: "drill"; topicId: TopicId } | { kind: "missed" };

export interface StartedExam {
  attemptId: string;
  questionCount: number;
  deadline: Date;
  /** Seats a short domain could not fill that other domains filled (mock exams). */
  borrowed: number;
  /** Questions short of the blueprint's count because the bank is too small. */
  missing: number;
}

/**
 * Starts a timed attempt for this learner: assembles the questions from a seed (stored, so the exam can be
 * reproduced; a mock exam avoids the questions of the learner's earlier attempts of it), fixes the deadline on the
 * server (plus 30 minutes with the accommodation) and creates one empty response per question. One attempt at a time:
 * CONFLICT while another is still open.
 */
export async function startExam(input: {
  userId: string;
  request: StartExamRequest;
  now: Date;
  seed?: number;
}): Promise<StartedExam> {
  const { userId, request, now } = input;
  await settleOverdueExams({ userId, now });
  const seed = input.seed ?? randomInt(0, 2 ** 31 - 1);
  const { blueprint, assembly } = await assemble(userId, request, seed);
  if (assembly.questionIds.length === 0) {
    throw new AppError(
      "NOT_FOUND",
      request.kind === "missed"
        ? "No missed questions to retest yet"
        : "The question bank has no questions for this exam yet",
    );
  }

  return db().$transaction(async (tx) => {
    // Serialises starts per learner, so two clicks cannot open two attempts.
    await lockExamStarts(tx, userId);
    const open = await tx.examAttempt.findFirst({ where: { userId, submittedAt: null }, select: { id: true } });
    if (open) throw new AppError("CONFLICT", "Another exam is still in progress: finish or submit it first");
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { examAccommodation: true } });
    const minutes = allowedMinutes(blueprint, user.examAccommodation);
    const deadline = examDeadline(now, minutes);
    const attempt = await tx.examAttempt.create({
      data: {
        userId,
        kind: request.kind,
        topicId: request.kind === "drill" ? request.topicId : null,
        seed,
        questionIds: assembly.questionIds,
        startedAt: now,
        deadline,
        durationMinutes: minutes,
        accommodation: user.examAccommodation,
      },
      select: { id: true },
    });
    await tx.examResponse.createMany({
      data: assembly.questionIds.map((questionId, position) => ({
        attemptId: attempt.id,
        questionId,
        position,
        selected: [],
      })),
    });
    return {
      attemptId: attempt.id,
      questionCount: assembly.questionIds.length,
      deadline,
      borrowed: assembly.borrowed,
      missing: assembly.missing,
    };
  });
}

async function assemble(
  userId: string,
  request: StartExamRequest,
  seed: number,
): Promise<{ blueprint: Blueprint; assembly: AssembledExam }> {
  if (request.kind === "missed") {
    const blueprint = shortBlueprint("missed");
    const missed = await listMissedQuestions({ userId, limit: blueprint.questionCount });
    const questionIds = assembleRetest({ missedByRecency: missed.ids, count: blueprint.questionCount, seed });
    return {
      blueprint,
      assembly: {
        questionIds,
        domainOf: {},
        taskOf: {},
        domains: [],
        requested: blueprint.questionCount,
        borrowed: 0,
        missing: blueprint.questionCount - questionIds.length,
        repeated: 0,
      },
    };
  }
  if (request.kind === "drill") {
    const blueprint = shortBlueprint("drill");
    const pool = await listExamPool({ topicId: request.topicId });
    return {
      blueprint,
      assembly: assembleExam({
        pool,
        domains: [{ id: request.topicId, weight: 1 }],
        questionCount: blueprint.questionCount,
        seed,
      }),
    };
  }
  const blueprint = mockExamBlueprint(request.kind);
  const [pool, earlierDraws] = await Promise.all([
    listExamPool({ exam: request.kind }),
    listEarlierDraws({ userId, kind: request.kind }),
  ]);
  return {
    blueprint,
    assembly: assembleExam({
      pool,
      domains: blueprint.domains,
      questionCount: blueprint.questionCount,
      seed,
      earlierDraws,
    }),
  };
}
