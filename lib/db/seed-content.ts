import "server-only";
import { createHash } from "node:crypto";
import { canonicalJson, TOPICS, type ContentBank, type TopicFlashcard, type TopicQuestion } from "@/lib/content";
import type { Db } from "./client";

export interface SeedReport {
  created: number;
  updated: number;
  unchanged: number;
  retired: number;
}
export interface SeedResult {
  questions: SeedReport;
  flashcards: SeedReport;
  topicsWritten: number;
}

export type SeedProgress = (done: number, total: number) => void;

function tagKey(tag: { exam: string; domain: string; task?: string | null }): string {
  return `${tag.exam}/${tag.domain}/${tag.task ?? ""}`;
}

export function contentHash(item: TopicQuestion | TopicFlashcard): string {
  return createHash("sha256").update(canonicalJson(item)).digest("hex").slice(0, 32);
}

/** A YYYY-MM-DD day as the DATE column stores it (UTC midnight, so no time zone moves it to another day). */
function storedDay(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

interface Existing {
  id: string;
  contentHash: string;
  retiredAt: Date | null;
}

function plan<T extends TopicQuestion | TopicFlashcard>(
  items: readonly T[],
  existing: readonly Existing[],
  isStale: (item: T) => boolean = () => false,
) {
  const byId = new Map(existing.map((row) => [row.id, row]));
  const present = new Set(items.map((item) => item.id));
  const writes: { item: T; hash: string; isNew: boolean }[] = [];
  let unchanged = 0;
  for (const item of items) {
    const hash = contentHash(item);
    const row = byId.get(item.id);
    if (row && row.contentHash === hash && row.retiredAt === null && !isStale(item)) unchanged += 1;
    else writes.push({ item, hash, isNew: !row });
  }
  const retire = existing.filter((row) => row.retiredAt === null && !present.has(row.id)).map((row) => row.id);
  return { writes, unchanged, retire };
}

/**
 * Upserts the bank by stable id in one transaction. Unchanged items are not written; items missing from the bank are
 * retired (kept for history) and revived if they return. Answers and schedules reference ids, so edits keep progress.
 * The caller must pass a bank without issues: validation happens before anything is written.
 */
export async function seedContent(db: Db, bank: ContentBank, onProgress: SeedProgress = () => {}): Promise<SeedResult> {
  if (bank.issues.length > 0) throw new Error("refusing to seed content with validation issues");
  const [questionRows, flashcardRows, topicRows, tagRows] = await Promise.all([
    db.question.findMany({ select: { id: true, contentHash: true, retiredAt: true } }),
    db.flashcard.findMany({ select: { id: true, contentHash: true, retiredAt: true } }),
    db.topic.findMany(),
    db.questionExamTag.findMany({ select: { questionId: true, exam: true, domain: true, task: true } }),
  ]);
  // Rows written before a column of the tags existed (the task statement) carry an unchanged hash: compare the tags.
  const storedTags = new Map<string, string[]>();
  for (const t of tagRows) storedTags.set(t.questionId, [...(storedTags.get(t.questionId) ?? []), tagKey(t)]);
  const questions = plan(
    bank.questions,
    questionRows,
    (q) => (storedTags.get(q.id) ?? []).sort().join() !== q.exams.map(tagKey).sort().join(),
  );
  const flashcards = plan(bank.flashcards, flashcardRows);
  const topicsToWrite = TOPICS.map((topic, position) => ({
    id: topic.id,
    nameKo: topic.name.ko,
    nameEn: topic.name.en,
    summaryKo: topic.summary.ko,
    summaryEn: topic.summary.en,
    position,
  })).filter((topic) => {
    const row = topicRows.find((r) => r.id === topic.id);
    return !row || Object.entries(topic).some(([key, value]) => row[key as keyof typeof row] !== value);
  });

  const total = questions.writes.length + flashcards.writes.length;
  const hasWork = total + questions.retire.length + flashcards.retire.length + topicsToWrite.length > 0;
  if (hasWork) {
    await db.$transaction(
      async (tx) => {
        for (const topic of topicsToWrite) {
          await tx.topic.upsert({ where: { id: topic.id }, create: topic, update: topic });
        }
        let done = 0;
        for (const { item: q, hash } of questions.writes) {
          const data = {
            topicId: q.topic,
            type: q.type,
            selectCount: q.select ?? 1,
            difficulty: q.difficulty,
            stemKo: q.stem.ko,
            stemEn: q.stem.en,
            sources: q.sources,
            scenario: q.scenario ?? undefined,
            keepChoiceOrder: q.keepChoiceOrder ?? false,
            tags: q.tags,
            sourceFile: q.file,
            checkedAt: storedDay(q.checkedAt),
            contentHash: hash,
            retiredAt: null,
          };
          await tx.question.upsert({ where: { id: q.id }, create: { id: q.id, ...data }, update: data });
          await tx.choice.deleteMany({ where: { questionId: q.id } });
          await tx.choice.createMany({
            data: q.choices.map((c, position) => ({
              questionId: q.id,
              label: c.id,
              position,
              textKo: c.text.ko,
              textEn: c.text.en,
              explanationKo: c.explanation.ko,
              explanationEn: c.explanation.en,
              isCorrect: c.correct,
            })),
          });
          await tx.questionExamTag.deleteMany({ where: { questionId: q.id } });
          await tx.questionExamTag.createMany({
            data: q.exams.map((t) => ({ questionId: q.id, exam: t.exam, domain: t.domain, task: t.task ?? null })),
          });
          onProgress(++done, total);
        }
        for (const { item: c, hash } of flashcards.writes) {
          const data = {
            topicId: c.topic,
            frontKo: c.front.ko,
            frontEn: c.front.en,
            backKo: c.back.ko,
            backEn: c.back.en,
            whyKo: c.why.ko,
            whyEn: c.why.en,
            sources: c.sources,
            tags: c.tags,
            sourceFile: c.file,
            checkedAt: storedDay(c.checkedAt),
            contentHash: hash,
            retiredAt: null,
          };
          await tx.flashcard.upsert({ where: { id: c.id }, create: { id: c.id, ...data }, update: data });
          onProgress(++done, total);
        }
        const now = new Date();
        if (questions.retire.length > 0) {
          await tx.question.updateMany({ where: { id: { in: questions.retire } }, data: { retiredAt: now } });
        }
        if (flashcards.retire.length > 0) {
          await tx.flashcard.updateMany({ where: { id: { in: flashcards.retire } }, data: { retiredAt: now } });
        }
      },
      { timeout: 300_000, maxWait: 30_000 },
    );
  }
  const report = (p: { writes: { isNew: boolean }[]; unchanged: number; retire: string[] }): SeedReport => ({
    created: p.writes.filter((w) => w.isNew).length,
    updated: p.writes.filter((w) => !w.isNew).length,
    unchanged: p.unchanged,
    retired: p.retire.length,
  });
  return { questions: report(questions), flashcards: report(flashcards), topicsWritten: topicsToWrite.length };
}
