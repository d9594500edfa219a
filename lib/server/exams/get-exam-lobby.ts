import "server-only";
import type { ExamId } from "@/lib/content";
import { TOPIC_IDS, type TopicId } from "@/lib/content";
import { db } from "@/lib/db/client";
import {
  allowedMinutes,
  assembleExam,
  freshDraws,
  mockExamBlueprint,
  MOCK_EXAM_KINDS,
  MOCK_EXAMS,
  shortBlueprint,
  type DomainFill,
  type FreshDraws,
  type ExamKind,
  type MockExamKind,
} from "@/lib/exam";
import { listEarlierDraws } from "@/lib/server/exams/list-earlier-draws";
import { listExamPool } from "@/lib/server/exams/list-exam-pool";
import { listMissedQuestions } from "@/lib/server/exams/list-missed-questions";

export interface MockExamOffer extends FreshDraws {
  kind: MockExamKind;
  exam: ExamId;
  questionCount: number;
  /** Including the accommodation when the learner has it. */
  minutes: number;
  passingScaledScore: number;
  /** How each domain would be served from today's bank; the counts do not depend on the seed. */
  domains: DomainFill[];
  borrowed: number;
  missing: number;
}

export interface ExamLobby {
  openAttempt: { attemptId: string; kind: ExamKind; topicId: string | null; deadline: Date } | null;
  accommodation: boolean;
  /** The learner's IANA time zone, for showing times. */
  timeZone: string;
  mockExams: MockExamOffer[];
  drill: { questionCount: number; minutes: number; topics: { topicId: TopicId; available: number }[] };
  missed: { count: number; questionCount: number; minutes: number };
}

/**
 * What this learner can start: mock exams with how the bank fills their blueprint and how far it goes without repeats,
 * topic drills, a missed-question retest.
 */
export async function getExamLobby({ userId }: { userId: string }): Promise<ExamLobby> {
  const [user, open, missed, topicCounts, ...pools] = await Promise.all([
    db().user.findUniqueOrThrow({ where: { id: userId }, select: { examAccommodation: true, timeZone: true } }),
    db().examAttempt.findFirst({
      where: { userId, submittedAt: null },
      select: { id: true, kind: true, topicId: true, deadline: true },
    }),
    listMissedQuestions({ userId, limit: 1 }),
    db().question.groupBy({ by: ["topicId"], where: { retiredAt: null }, _count: { _all: true } }),
    ...MOCK_EXAM_KINDS.map(async (kind) => {
      const [pool, earlierDraws] = await Promise.all([
        listExamPool({ exam: kind }),
        listEarlierDraws({ userId, kind }),
      ]);
      return { kind, pool, earlierDraws };
    }),
  ]);
  const accommodation = user.examAccommodation;
  const short = shortBlueprint("drill");
  return {
    openAttempt: open ? { attemptId: open.id, kind: open.kind, topicId: open.topicId, deadline: open.deadline } : null,
    accommodation,
    timeZone: user.timeZone,
    mockExams: pools.map(({ kind, pool, earlierDraws }) => {
      const blueprint = mockExamBlueprint(kind);
      const preview = assembleExam({
        pool,
        domains: blueprint.domains,
        questionCount: blueprint.questionCount,
        seed: 0,
      });
      const fresh = freshDraws({
        pool,
        domains: blueprint.domains,
        questionCount: blueprint.questionCount,
        earlierDraws,
      });
      return {
        kind,
        exam: MOCK_EXAMS[kind],
        questionCount: blueprint.questionCount,
        minutes: allowedMinutes(blueprint, accommodation),
        passingScaledScore: blueprint.passingScaledScore ?? 0,
        domains: preview.domains,
        borrowed: preview.borrowed,
        missing: preview.missing,
        ...fresh,
      };
    }),
    drill: {
      questionCount: short.questionCount,
      minutes: allowedMinutes(short, accommodation),
      topics: TOPIC_IDS.map((topicId) => ({
        topicId,
        available: topicCounts.find((c) => c.topicId === topicId)?._count._all ?? 0,
      })),
    },
    missed: { count: missed.count, questionCount: short.questionCount, minutes: allowedMinutes(short, accommodation) },
  };
}
