import type pg from "pg";

export const BIG_LEARNER_ID = "benchbiglearner";

/**
 * One learner with `cards` cards and `logsPerCard` review logs each, with `INSERT … SELECT generate_series`. A card is
 * per item, so the bank first gets as many synthetic flashcards (ids `bench-fc-…`). Dues are spread over 400 days
 * from ten days ago (about 2.5% overdue, as in a deck left alone for a week); logs over the last two years.
 */
export async function seedBigLearner(
  client: pg.Client,
  options: { cards: number; logsPerCard: number; passwordHash: string },
  log: (line: string) => void,
): Promise<{ userId: string; email: string }> {
  const { cards, logsPerCard } = options;
  const email = "big-learner@bench.example";
  await client.query(
    `INSERT INTO users (id, email, password_hash, locale, time_zone) VALUES ($1, $2, $3, 'en', 'Asia/Seoul')`,
    [BIG_LEARNER_ID, email, options.passwordHash],
  );
  await client.query(
    `INSERT INTO flashcards (id, topic_id, front_ko, front_en, back_ko, back_en, why_ko, why_en, sources, tags, source_file, content_hash, created_at, updated_at)
     SELECT 'bench-fc-' || lpad(i::text, 7, '0'), (ARRAY['ec2','ebs','elb-asg','efs','iam'])[1 + i % 5],
            '앞면 ' || i, 'Front ' || i, '뒷면 ' || i, 'Back ' || i, '이유', 'Why', '[]'::jsonb, '{}', 'bench', md5(i::text), now(), now()
     FROM generate_series(1, $1::int) AS i`,
    [cards],
  );
  log(`  ${cards} synthetic flashcards`);
  await client.query(
    `INSERT INTO cards (id, user_id, item_kind, item_id, due, stability, difficulty, elapsed_days, scheduled_days, learning_steps,
                        reps, lapses, state, last_review, version, is_leech, created_at, updated_at)
     SELECT 'bc' || lpad(i::text, 7, '0'), $2, 'flashcard', 'bench-fc-' || lpad(i::text, 7, '0'),
            now() AT TIME ZONE 'UTC' - interval '10 days' + ((i * 7919) % 576000) * interval '1 minute',
            30 + i % 200, 3 + (i % 60) / 10.0, 0, 30, 0, $3, i % 4, CASE WHEN i % 50 = 0 THEN 3 ELSE 2 END,
            now() AT TIME ZONE 'UTC' - interval '20 days', $3, i % 997 = 0, now(), now()
     FROM generate_series(1, $1::int) AS i`,
    [cards, BIG_LEARNER_ID, logsPerCard],
  );
  log(`  ${cards} cards`);
  const chunk = Math.max(1, Math.floor(cards / 10));
  for (let from = 1; from <= cards; from += chunk) {
    const to = Math.min(cards, from + chunk - 1);
    await client.query(
      `INSERT INTO review_logs (id, card_id, user_id, request_id, source, rating, state, due, stability, difficulty, elapsed_days,
                                last_elapsed_days, scheduled_days, learning_steps, review, duration_ms, previous_card)
       SELECT 'bl' || lpad(i::text, 7, '0') || 'k' || k, 'bc' || lpad(i::text, 7, '0'), $3, 'bench-' || i || '-' || k, 'review',
              CASE WHEN (i + k) % 9 = 0 THEN 1 WHEN (i + k) % 13 = 0 THEN 4 ELSE 3 END, CASE WHEN k = 1 THEN 0 ELSE 2 END,
              now() AT TIME ZONE 'UTC', 10 + k, 5, k * 3, k * 3, k * 3, 0,
              now() AT TIME ZONE 'UTC' - ((($4::int - k) * 700 / $4::int) + (i % 60)) * interval '1 day' - (i % 1440) * interval '1 minute',
              8000, '{}'::jsonb
       FROM generate_series($1::int, $2::int) AS i CROSS JOIN generate_series(1, $4::int) AS k`,
      [from, to, BIG_LEARNER_ID, logsPerCard],
    );
    log(`  review logs: ${(to * logsPerCard).toLocaleString("en")}/${(cards * logsPerCard).toLocaleString("en")}`);
  }
  return { userId: BIG_LEARNER_ID, email };
}
