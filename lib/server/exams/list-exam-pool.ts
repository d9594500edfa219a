import "server-only";
import type { TopicId } from "@/lib/content/topics";
import { db } from "@/lib/db/client";
import { MOCK_EXAMS, type MockExamKind, type PoolQuestion } from "@/lib/exam";

/** The live questions a mock exam can draw from, each with the blueprint domain it is tagged with for that exam. */
export async function listMockExamPool(kind: MockExamKind): Promise<PoolQuestion[]> {
  const tags = await db().questionExamTag.findMany({
    where: { exam: MOCK_EXAMS[kind], question: { retiredAt: null } },
    select: { questionId: true, domain: true },
  });
  return tags.map((t) => ({ id: t.questionId, domain: t.domain }));
}

/** The live questions of one topic, each in a single pseudo-domain named after the topic (drills have no blueprint). */
export async function listTopicPool(topicId: TopicId): Promise<PoolQuestion[]> {
  const questions = await db().question.findMany({ where: { topicId, retiredAt: null }, select: { id: true } });
  return questions.map((q) => ({ id: q.id, domain: topicId }));
}
