import type { Db } from "../../lib/db/client";
import type { Prisma } from "../../lib/db/generated/client";
import {
  assembleExam,
  mockExamBlueprint,
  scoreAttempt,
  seededRandom,
  shuffled,
  type MockExamKind,
  type Random,
} from "../../lib/exam";
import { buildScheduler, gradeCard, newCardState, snapshotCard, type CardState, type GradeName } from "../../lib/srs";
import { addDays, localDay, startOfDay } from "../../lib/srs/day";

/**
 * A few weeks of plausible study history for one learner, for dashboards, demos and browser tests: each day (a few
 * skipped, the last week unbroken) a finished daily quiz, some practice, a review session that grades every card due
 * with the real FSRS scheduler, new flashcards; a mock exam every ten days and a drill. Deterministic for a seed.
 * Writes cards, review logs, daily quizzes and their answers, answers and exam attempts with responses.
 */
export interface HistoryOptions {
  userId: string;
  now: Date;
  /** Days of history before today (default 56: long enough for cards to mature, 21+ day intervals). */
  days?: number;
  newCardsPerDay?: number;
  seed?: number;
}

export interface HistorySummary {
  cards: number;
  reviewLogs: number;
  dailyQuizzes: number;
  answers: number;
  examAttempts: number;
  studiedDays: string[];
}

interface Question {
  id: string;
  topicId: string;
  contentHash: string;
  key: string[];
  wrong: string[];
  exams: { exam: string; domain: string }[];
}

interface SimCard {
  id: string;
  itemKind: "flashcard" | "question";
  itemId: string;
  state: CardState;
  createdAt: Date;
}

const MINUTE = 60_000;

export async function generateHistory(db: Db, options: HistoryOptions): Promise<HistorySummary> {
  const { userId, now } = options;
  const days = options.days ?? 56;
  const random = seededRandom(options.seed ?? 1);
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { timeZone: true, desiredRetention: true },
  });
  const scheduler = buildScheduler({ desiredRetention: user.desiredRetention });
  const questions = await loadQuestions(db);
  const flashcards = shuffled(
    (await db.flashcard.findMany({ where: { retiredAt: null }, select: { id: true }, orderBy: { id: "asc" } })).map(
      (f) => f.id,
    ),
    random,
  );
  if (questions.length === 0) throw new Error("generateHistory: seed the content first");

  const cards = new Map<string, SimCard>();
  const rows = {
    logs: [] as LogRow[],
    quizzes: [] as QuizRow[],
    quizAnswers: [] as QuizAnswerRow[],
    answers: [] as AnswerRow[],
    attempts: [] as AttemptRow[],
    responses: [] as ResponseRow[],
  };
  let serial = 0;
  const nextId = (prefix: string) => `${prefix}-${userId.slice(-8)}-${(serial++).toString(36)}`;

  function grade(card: SimCard, name: GradeName, at: Date, source: "practice" | "daily" | "review" | "exam") {
    const graded = gradeCard(scheduler, card.state, name, at);
    rows.logs.push({
      id: nextId("log"),
      cardId: card.id,
      userId,
      requestId: nextId("req"),
      source,
      ...graded.log,
      durationMs: 4000 + Math.floor(random() * 20_000),
      previousCard: snapshotCard(card.state),
    });
    card.state = graded.card;
  }

  function cardFor(itemKind: SimCard["itemKind"], itemId: string, at: Date): SimCard {
    const key = `${itemKind}:${itemId}`;
    let card = cards.get(key);
    if (!card) {
      card = { id: nextId("card"), itemKind, itemId, state: newCardState(at), createdAt: at };
      cards.set(key, card);
    }
    return card;
  }

  function answer(question: Question, skill: number, at: Date, mode: "practice" | "daily"): boolean {
    const correct = random() < skill;
    const selected = correct ? question.key : question.wrong;
    rows.answers.push({
      id: nextId("ans"),
      userId,
      questionId: question.id,
      mode,
      selected,
      isCorrect: correct,
      contentHash: question.contentHash,
      answeredAt: at,
    });
    grade(cardFor("question", question.id, at), correct ? "good" : "again", at, mode);
    return correct;
  }

  const studiedDays: string[] = [];
  let flashcardCursor = 0;
  for (let offset = days; offset >= 0; offset--) {
    const day = addDays(localDay(now, user.timeZone), -offset);
    // Skip about one day in seven, but never in the last week, so the streak is at least a week long.
    if (offset > 7 && random() < 0.15) continue;
    const start = new Date(startOfDay(day, user.timeZone).getTime() + (8 * 60 + Math.floor(random() * 600)) * MINUTE);
    if (start.getTime() > now.getTime() - 90 * MINUTE) continue;
    studiedDays.push(day);
    const skill = 0.55 + 0.3 * (1 - offset / days);
    let clock = start.getTime();
    const tick = () => new Date((clock += 20_000 + Math.floor(random() * 40_000)));

    const quizQuestions = shuffled(questions, random).slice(0, 10);
    const quizId = nextId("quiz");
    for (const q of quizQuestions) {
      const at = tick();
      const correct = answer(q, skill, at, "daily");
      rows.quizAnswers.push({
        quizId,
        questionId: q.id,
        selected: correct ? q.key : q.wrong,
        isCorrect: correct,
        answeredAt: at,
      });
    }
    rows.quizzes.push({
      id: quizId,
      userId,
      day,
      questionIds: quizQuestions.map((q) => q.id),
      createdAt: start,
      completedAt: new Date(clock),
    });

    for (const q of shuffled(questions, random).slice(0, 3 + Math.floor(random() * 5)))
      answer(q, skill, tick(), "practice");

    for (const id of flashcards.slice(flashcardCursor, flashcardCursor + (options.newCardsPerDay ?? 8)))
      cardFor("flashcard", id, new Date(clock));
    flashcardCursor += options.newCardsPerDay ?? 8;
    const sessionEnd = clock + 45 * MINUTE;
    for (;;) {
      const due = [...cards.values()]
        .filter((c) => c.state.due.getTime() <= sessionEnd)
        .sort((a, b) => a.state.due.getTime() - b.state.due.getTime())[0];
      if (!due) break;
      clock = Math.max(clock, due.state.due.getTime());
      grade(due, reviewGrade(due.state, random), tick(), "review");
    }

    if (offset % 10 === 3) takeExam(offset % 20 === 3 ? "saa_c03" : "clf_c02", new Date(clock + 30 * MINUTE), skill);
    if (offset === 5) takeDrill(new Date(clock + 20 * MINUTE), skill);
  }

  function takeExam(kind: MockExamKind, startedAt: Date, skill: number) {
    const blueprint = mockExamBlueprint(kind);
    const pool = questions.flatMap((q) =>
      q.exams.filter((t) => t.exam === blueprint.exam).map((t) => ({ id: q.id, domain: t.domain })),
    );
    const exam = assembleExam({
      pool,
      domains: blueprint.domains,
      questionCount: blueprint.questionCount,
      seed: Math.floor(random() * 2 ** 31),
    });
    const items = exam.questionIds.map((id) => ({
      questionId: id,
      group: exam.domainOf[id] ?? "untagged",
      correct: random() < skill + 0.05,
    }));
    const score = scoreAttempt(items, {
      cutPercent: blueprint.cutPercent,
      passingScaledScore: blueprint.passingScaledScore,
      groupOrder: blueprint.domains.map((d) => d.id),
    });
    recordAttempt(kind, null, startedAt, blueprint.minutes, exam.questionIds, items, score, 0.85);
  }

  function takeDrill(startedAt: Date, skill: number) {
    const topicId = "ec2";
    const ids = shuffled(
      questions.filter((q) => q.topicId === topicId).map((q) => q.id),
      random,
    ).slice(0, 20);
    const items = ids.map((id) => ({ questionId: id, group: topicId, correct: random() < skill }));
    recordAttempt(
      "drill",
      topicId,
      startedAt,
      30,
      ids,
      items,
      scoreAttempt(items, { cutPercent: 70, passingScaledScore: null }),
      0.6,
    );
  }

  function recordAttempt(
    kind: AttemptRow["kind"],
    topicId: string | null,
    startedAt: Date,
    minutes: number,
    ids: string[],
    items: { questionId: string; group: string; correct: boolean }[],
    score: ReturnType<typeof scoreAttempt>,
    timeShare: number,
  ) {
    const id = nextId("exam");
    const submittedAt = new Date(startedAt.getTime() + Math.floor(minutes * timeShare) * MINUTE);
    rows.attempts.push({
      id,
      userId,
      kind,
      topicId,
      seed: 1,
      questionIds: ids,
      startedAt,
      deadline: new Date(startedAt.getTime() + minutes * MINUTE),
      durationMinutes: minutes,
      submittedAt,
      rawCorrect: score.rawCorrect,
      scaledScore: score.scaledScore,
      passed: score.passed,
      domainResults: score.groups,
    });
    items.forEach((item, position) => {
      const question = questions.find((q) => q.id === item.questionId);
      rows.responses.push({
        attemptId: id,
        questionId: item.questionId,
        position,
        selected: item.correct ? (question?.key ?? []) : (question?.wrong ?? []),
        flagged: random() < 0.1,
        answeredAt: startedAt,
        isCorrect: item.correct,
      });
      grade(cardFor("question", item.questionId, submittedAt), item.correct ? "good" : "again", submittedAt, "exam");
    });
  }

  await write(db, userId, [...cards.values()], rows);
  return {
    cards: cards.size,
    reviewLogs: rows.logs.length,
    dailyQuizzes: rows.quizzes.length,
    answers: rows.answers.length,
    examAttempts: rows.attempts.length,
    studiedDays,
  };
}

/** Mostly Good; Again more often for cards still being learned; now and then Hard or Easy. */
function reviewGrade(card: CardState, random: Random): GradeName {
  const r = random();
  const again = card.state === 2 ? 0.1 : 0.2;
  if (r < again) return "again";
  if (r < again + 0.1) return "hard";
  if (r > 0.93) return "easy";
  return "good";
}

async function loadQuestions(db: Db): Promise<Question[]> {
  const rows = await db.question.findMany({
    where: { retiredAt: null },
    orderBy: { id: "asc" },
    select: {
      id: true,
      topicId: true,
      contentHash: true,
      selectCount: true,
      choices: { orderBy: { position: "asc" }, select: { label: true, isCorrect: true } },
      examTags: { select: { exam: true, domain: true } },
    },
  });
  return rows.map((q) => {
    const key = q.choices.filter((c) => c.isCorrect).map((c) => c.label);
    const wrong = q.choices
      .filter((c) => !c.isCorrect)
      .slice(0, q.selectCount)
      .map((c) => c.label);
    return { id: q.id, topicId: q.topicId, contentHash: q.contentHash, key, wrong, exams: q.examTags };
  });
}

type LogRow = Prisma.ReviewLogCreateManyInput;
type QuizRow = { id: string; userId: string; day: string; questionIds: string[]; createdAt: Date; completedAt: Date };
type QuizAnswerRow = { quizId: string; questionId: string; selected: string[]; isCorrect: boolean; answeredAt: Date };
type AnswerRow = {
  id: string;
  userId: string;
  questionId: string;
  mode: "practice" | "daily";
  selected: string[];
  isCorrect: boolean;
  contentHash: string;
  answeredAt: Date;
};
type AttemptRow = {
  id: string;
  userId: string;
  kind: "clf_c02" | "saa_c03" | "drill";
  topicId: string | null;
  seed: number;
  questionIds: string[];
  startedAt: Date;
  deadline: Date;
  durationMinutes: number;
  submittedAt: Date;
  rawCorrect: number;
  scaledScore: number | null;
  passed: boolean | null;
  domainResults: { group: string; correct: number; total: number; percent: number; meets: boolean }[];
};
type ResponseRow = {
  attemptId: string;
  questionId: string;
  position: number;
  selected: string[];
  flagged: boolean;
  answeredAt: Date;
  isCorrect: boolean;
};

async function write(
  db: Db,
  userId: string,
  cards: SimCard[],
  rows: {
    logs: LogRow[];
    quizzes: QuizRow[];
    quizAnswers: QuizAnswerRow[];
    answers: AnswerRow[];
    attempts: AttemptRow[];
    responses: ResponseRow[];
  },
): Promise<void> {
  const chunks = <T>(items: T[], size = 1000) =>
    Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
  for (const chunk of chunks(cards)) {
    await db.card.createMany({
      data: chunk.map((c) => ({
        id: c.id,
        userId,
        itemKind: c.itemKind,
        itemId: c.itemId,
        ...c.state,
        createdAt: c.createdAt,
      })),
    });
  }
  for (const chunk of chunks(rows.logs)) await db.reviewLog.createMany({ data: chunk });
  await db.dailyQuiz.createMany({ data: rows.quizzes });
  for (const chunk of chunks(rows.quizAnswers)) await db.dailyQuizAnswer.createMany({ data: chunk });
  for (const chunk of chunks(rows.answers)) await db.answer.createMany({ data: chunk });
  await db.examAttempt.createMany({ data: rows.attempts });
  for (const chunk of chunks(rows.responses)) await db.examResponse.createMany({ data: chunk });
}
