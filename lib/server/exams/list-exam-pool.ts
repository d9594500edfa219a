import "server-only";
import type { TopicId } from "@/lib/content";
import { db } from "@/lib/db/client";
import { MOCK_EXAMS, type MockExamKind, type PoolQuestion } from "@/lib/exam";

/**
 * The live questions an exam can draw from. A mock exam's come with the blueprint domain and task statement each is
 * tagged with for that exam (the task null while unassigned); a topic drill's all sit in one pseudo-domain named after the topic (drills have no blueprint).
 */
export async function listExamPool(source: { exam: MockExamKind } | { topicId: TopicId }): Promise<PoolQuestion[]> {
  if ("topicId" in source) {
    const questions = await db().question.findMany({
      where: { topicId: source.topicId, retiredAt: null },
      select: { id: true },
    });
    return questions.map((q) => ({ id: q.id, domain: source.topicId }));
  }
  const tags = await db().questionExamTag.findMany({
    where: { exam: MOCK_EXAMS[source.exam], question: { retiredAt: null } },
    select: { questionId: true, domain: true, task: true },
  });
  return tags.map((t) => ({ id: t.questionId, domain: t.domain, task: t.task }));
}
