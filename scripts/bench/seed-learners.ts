import type pg from "pg";

/** The synthetic learners one run needs, each with items of its own so that no request repeats another's work. */
export interface SeededLearners {
  graders: { id: string; email: string; flashcardIds: string[] }[];
  examTakers: { id: string; attemptId: string; questionIds: string[] }[];
  submitters: { id: string; attemptId: string }[];
}

export interface LearnerCounts {
  graders: number;
  dueCardsEach: number;
  examTakers: number;
  submitters: number;
}

const EXAM_ITEMS = 65;

async function insertUsers(
  client: pg.Client,
  prefix: string,
  count: number,
  passwordHash: string,
): Promise<{ id: string; email: string }[]> {
  const { rows } = await client.query<{ id: string; email: string }>(
    `INSERT INTO users (id, email, password_hash, locale, time_zone)
     SELECT $1 || lpad(i::text, 6, '0'), $1 || i || '@bench.example', $3, 'en', 'Asia/Seoul' FROM generate_series(1, $2::int) AS i
     RETURNING id, email`,
    [prefix, count, passwordHash],
  );
  return rows.sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * Bulk inserts with `generate_series`: graders with `dueCardsEach` flashcards in review, due in the last day;
 * exam takers with an open CLF-C02 attempt (65 items, deadline in two hours); submitters with a fully answered one.
 */
export async function seedLearners(
  client: pg.Client,
  counts: LearnerCounts,
  passwordHash: string,
  log: (line: string) => void,
): Promise<SeededLearners> {
  const { rows: flashcards } = await client.query<{ id: string }>(
    `SELECT id FROM flashcards WHERE retired_at IS NULL AND id NOT LIKE 'bench-%' ORDER BY id LIMIT $1`,
    [counts.dueCardsEach],
  );
  if (flashcards.length < counts.dueCardsEach)
    throw new Error(`the content has ${flashcards.length} flashcards; the bench needs ${counts.dueCardsEach}`);
  const flashcardIds = flashcards.map((f) => f.id);

  const graders = await insertUsers(client, "benchgrader", counts.graders, passwordHash);
  await client.query(
    `INSERT INTO cards (id, user_id, item_kind, item_id, due, stability, difficulty, elapsed_days, scheduled_days, learning_steps,
                        reps, lapses, state, last_review, version, is_leech, created_at, updated_at)
     SELECT md5(u.id || f.id), u.id, 'flashcard', f.id, now() AT TIME ZONE 'UTC' - (f.n * interval '1 minute') - interval '1 hour',
            12.5, 5.2, 0, 10, 0, 3, 0, 2, now() AT TIME ZONE 'UTC' - interval '11 days', 0, false, now(), now()
     FROM users u CROSS JOIN (SELECT id, ord AS n FROM unnest($1::text[]) WITH ORDINALITY AS t(id, ord)) f
     WHERE u.id LIKE 'benchgrader%'`,
    [flashcardIds],
  );
  log(`  ${graders.length} graders with ${counts.dueCardsEach} due cards each`);

  const { rows: pool } = await client.query<{ id: string }>(
    `SELECT q.id FROM questions q JOIN question_exam_tags t ON t.question_id = q.id AND t.exam = 'CLF-C02'
     WHERE q.retired_at IS NULL ORDER BY q.id LIMIT $1`,
    [EXAM_ITEMS],
  );
  const questionIds = pool.map((q) => q.id);
  const examTakerIds = (await insertUsers(client, "benchexam", counts.examTakers, passwordHash)).map((u) => u.id);
  const submitterIds = (await insertUsers(client, "benchsubmit", counts.submitters, passwordHash)).map((u) => u.id);
  for (const [prefix, answered] of [
    ["benchexam", false],
    ["benchsubmit", true],
  ] as const) {
    await client.query(
      `INSERT INTO exam_attempts (id, user_id, kind, seed, question_ids, started_at, deadline, duration_minutes, accommodation, current_index, auto_submitted)
       SELECT 'x' || md5(u.id), u.id, 'clf_c02', 1, $1::text[], now() AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC' + interval '2 hours', 90, false, 0, false
       FROM users u WHERE u.id LIKE $2 || '%'`,
      [questionIds, prefix],
    );
    await client.query(
      `INSERT INTO exam_responses (attempt_id, question_id, position, selected, flagged, answered_at)
       SELECT 'x' || md5(u.id), q.id, q.n - 1, CASE WHEN $3 THEN ARRAY['a'] ELSE ARRAY[]::text[] END, false,
              CASE WHEN $3 THEN now() AT TIME ZONE 'UTC' END
       FROM users u CROSS JOIN (SELECT id, ord AS n FROM unnest($1::text[]) WITH ORDINALITY AS t(id, ord)) q
       WHERE u.id LIKE $2 || '%'`,
      [questionIds, prefix, answered],
    );
  }
  log(
    `  ${examTakerIds.length} learners in an open ${EXAM_ITEMS}-item exam, ${submitterIds.length} with one ready to submit`,
  );

  const attemptOf = async (ids: string[]) =>
    new Map(
      (
        await client.query<{ id: string; user_id: string }>(
          `SELECT id, user_id FROM exam_attempts WHERE user_id = ANY($1)`,
          [ids],
        )
      ).rows.map((r) => [r.user_id, r.id]),
    );
  const takerAttempts = await attemptOf(examTakerIds);
  const submitAttempts = await attemptOf(submitterIds);
  return {
    graders: graders.map((g) => ({ ...g, flashcardIds })),
    examTakers: examTakerIds.map((id) => ({ id, attemptId: takerAttempts.get(id) ?? "", questionIds })),
    submitters: submitterIds.map((id) => ({ id, attemptId: submitAttempts.get(id) ?? "" })),
  };
}
