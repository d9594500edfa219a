/**
 * `DATABASE_URL=… npx tsx --conditions=react-server scripts/generate-history.ts <email> [--days 56] [--seed 1]
 *   [--bulk-cards N --bulk-logs M --bulk-answers K]`
 *
 * Gives an existing account weeks of plausible study history (see tests/support/history.ts) for demos and for
 * looking at the dashboard. The --bulk-* options add synthetic volume on top, written by PostgreSQL itself with
 * generate_series (a learner with 100,000 cards and 1,000,000 review logs), to measure the dashboard's queries.
 */
import { parseArgs } from "node:util";
import { createDb, type Db } from "../lib/db/client";
import { generateHistory } from "../tests/support/history";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    days: { type: "string", default: "56" },
    seed: { type: "string", default: "1" },
    "bulk-cards": { type: "string", default: "0" },
    "bulk-logs": { type: "string", default: "0" },
    "bulk-answers": { type: "string", default: "0" },
  },
});
const email = positionals[0]?.toLowerCase();
const url = process.env.DATABASE_URL;
if (!email || !url) {
  console.error(
    "usage: DATABASE_URL=postgresql://… tsx --conditions=react-server scripts/generate-history.ts <email> [--days 56] [--seed 1] [--bulk-cards N --bulk-logs M --bulk-answers K]",
  );
  process.exit(2);
}

const db = createDb(url, 1);
try {
  const user = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (!user) {
    console.error(`generate-history: no account with email ${email}`);
    process.exitCode = 1;
  } else {
    const now = new Date();
    const summary = await generateHistory(db, {
      userId: user.id,
      now,
      days: Number(values.days),
      seed: Number(values.seed),
    });
    console.log(
      `history: ${summary.cards} cards, ${summary.reviewLogs} review logs, ${summary.answers} answers, ${summary.dailyQuizzes} daily quizzes, ${summary.examAttempts} exams`,
    );
    const bulk = {
      cards: Number(values["bulk-cards"]),
      logs: Number(values["bulk-logs"]),
      answers: Number(values["bulk-answers"]),
    };
    if (bulk.cards + bulk.logs + bulk.answers > 0) {
      const started = Date.now();
      await addBulkVolume(db, user.id, now, bulk);
      console.log(
        `bulk: ${bulk.cards} cards, ${bulk.logs} review logs, ${bulk.answers} answers in ${((Date.now() - started) / 1000).toFixed(1)} s`,
      );
    }
  }
} finally {
  await db.$disconnect();
}

/** Synthetic rows spread over two years: due dates over the next 90 days, ratings mostly Good, a tenth Again. */
async function addBulkVolume(
  db: Db,
  userId: string,
  now: Date,
  bulk: { cards: number; logs: number; answers: number },
): Promise<void> {
  const at = now.toISOString();
  const tag = `bulk-${userId.slice(-8)}`;
  if (bulk.cards > 0) {
    await db.$executeRaw`
      INSERT INTO cards (id, user_id, item_kind, item_id, due, stability, difficulty, elapsed_days, scheduled_days, learning_steps,
                         reps, lapses, state, last_review, version, is_leech, created_at, updated_at)
      SELECT ${tag} || '-' || g, ${userId}, 'flashcard'::"ItemKind", ${tag} || '-item-' || g,
             (${at}::timestamptz AT TIME ZONE 'UTC') + ((g % 100) - 10) * interval '1 day' + (g % 1440) * interval '1 minute',
             10 + g % 50, 5, 0, 1 + g % 60, 0, 1 + g % 20, g % 3, 2,
             (${at}::timestamptz AT TIME ZONE 'UTC') - (g % 30) * interval '1 day', 0, false,
             (${at}::timestamptz AT TIME ZONE 'UTC'), (${at}::timestamptz AT TIME ZONE 'UTC')
      FROM generate_series(1, ${bulk.cards}::int) g`;
  }
  if (bulk.logs > 0 && bulk.cards > 0) {
    await db.$executeRaw`
      INSERT INTO review_logs (id, card_id, user_id, request_id, source, rating, state, due, stability, difficulty, elapsed_days,
                               last_elapsed_days, scheduled_days, learning_steps, review, duration_ms, previous_card)
      SELECT ${tag} || '-log-' || g, ${tag} || '-' || (1 + g % ${bulk.cards}::int), ${userId}, ${tag} || '-req-' || g, 'review'::"PracticeMode",
             CASE WHEN g % 10 = 0 THEN 1 WHEN g % 10 = 1 THEN 2 WHEN g % 10 = 9 THEN 4 ELSE 3 END,
             CASE WHEN g % 7 = 0 THEN 1 ELSE 2 END,
             (${at}::timestamptz AT TIME ZONE 'UTC') - (g % (730 * 1440)) * interval '1 minute',
             10, 5, g % 60, g % 30, g % 60, 0,
             (${at}::timestamptz AT TIME ZONE 'UTC') - (g % (730 * 1440)) * interval '1 minute', 8000, '{}'::jsonb
      FROM generate_series(1, ${bulk.logs}::int) g`;
  }
  if (bulk.answers > 0) {
    await db.$executeRaw`
      INSERT INTO answers (id, user_id, question_id, mode, selected, is_correct, content_hash, answered_at)
      SELECT ${tag} || '-ans-' || g, ${userId}, q.id, 'practice'::"PracticeMode", ARRAY['a'], g % 4 <> 0, q.content_hash,
             (${at}::timestamptz AT TIME ZONE 'UTC') - (g % (730 * 1440)) * interval '1 minute'
      FROM generate_series(1, ${bulk.answers}::int) g
      JOIN (SELECT id, content_hash, row_number() OVER (ORDER BY id) - 1 AS n, count(*) OVER () AS total FROM questions WHERE retired_at IS NULL) q
        ON q.n = g % q.total`;
  }
}
