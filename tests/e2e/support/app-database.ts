import pg from "pg";

/** Plain SQL on the app's database, for arranging and checking what no browser shows. Call `end()` when done. */
export async function appDatabase(url: string): Promise<{
  query<T extends pg.QueryResultRow>(sql: string, params?: unknown[]): Promise<T[]>;
  end(): Promise<void>;
}> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return {
    async query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []) {
      return (await client.query<T>(sql, params)).rows;
    },
    end: () => client.end(),
  };
}

/** Everything stored for one learner that another learner's requests could change, as comparable rows. */
export async function learnerSnapshot(db: Awaited<ReturnType<typeof appDatabase>>, userId: string): Promise<unknown> {
  return {
    cards: await db.query("SELECT * FROM cards WHERE user_id = $1 ORDER BY id", [userId]),
    logs: await db.query("SELECT * FROM review_logs WHERE user_id = $1 ORDER BY id", [userId]),
    quizzes: await db.query(
      "SELECT q.*, (SELECT json_agg(a ORDER BY a.question_id) FROM daily_quiz_answers a WHERE a.quiz_id = q.id) AS answers FROM daily_quizzes q WHERE user_id = $1",
      [userId],
    ),
    attempts: await db.query("SELECT * FROM exam_attempts WHERE user_id = $1 ORDER BY id", [userId]),
    responses: await db.query(
      "SELECT r.* FROM exam_responses r JOIN exam_attempts x ON x.id = r.attempt_id WHERE x.user_id = $1 ORDER BY r.attempt_id, r.position",
      [userId],
    ),
    answers: await db.query("SELECT * FROM answers WHERE user_id = $1 ORDER BY id", [userId]),
    reports: await db.query("SELECT * FROM item_reports WHERE user_id = $1 ORDER BY id", [userId]),
  };
}

/** Gives a learner `count` studied flashcards due an hour ago (version 0, 3 reps); returns their flashcard ids in due order. */
export async function insertDueFlashcards(
  db: Awaited<ReturnType<typeof appDatabase>>,
  userId: string,
  count: number,
): Promise<string[]> {
  const rows = await db.query<{ item_id: string }>(
    `INSERT INTO cards (id, user_id, item_kind, item_id, due, stability, difficulty, elapsed_days, scheduled_days, learning_steps,
                        reps, lapses, state, last_review, version, is_leech, created_at, updated_at)
     SELECT md5($1 || f.id), $1, 'flashcard', f.id, now() AT TIME ZONE 'UTC' - interval '1 hour' + f.n * interval '1 second',
            12.5, 5.2, 0, 10, 0, 3, 0, 2, now() AT TIME ZONE 'UTC' - interval '11 days', 0, false, now(), now()
     FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM flashcards WHERE retired_at IS NULL ORDER BY id LIMIT $2) f
     RETURNING item_id`,
    [userId, count],
  );
  return rows.map((r) => r.item_id).sort();
}
