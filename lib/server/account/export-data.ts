import "server-only";
import { db } from "@/lib/db/client";
import { ankiRevlogCsv, type ExportedReview } from "@/lib/srs";
import { AppError } from "@/lib/server/app-error";

/**
 * Everything Gureum keeps about this learner's study, to take elsewhere: the account's settings, cards, review logs,
 * answers, daily quizzes and exam attempts with their responses (JSON), or the review logs alone as CSV in Anki's
 * `revlog` columns. The password hash and sign-in counters are not part of it.
 */
export async function exportData(input: { userId: string; format: "json" }): Promise<object>;
export async function exportData(input: { userId: string; format: "anki-csv" }): Promise<string>;
export async function exportData(input: { userId: string; format: "json" | "anki-csv" }): Promise<object | string> {
  const { userId } = input;
  const user = await db().user.findUnique({
    where: { id: userId },
    select: {
      email: true,
      name: true,
      locale: true,
      createdAt: true,
      dailyNewLimit: true,
      dailyQuizSize: true,
      desiredRetention: true,
      timeZone: true,
      examAccommodation: true,
    },
  });
  if (!user) throw new AppError("NOT_FOUND", "No such learner");
  const [cards, reviewLogs] = await Promise.all([
    db().card.findMany({ where: { userId }, orderBy: { createdAt: "asc" } }),
    db().reviewLog.findMany({ where: { userId }, orderBy: [{ review: "asc" }, { id: "asc" }] }),
  ]);
  if (input.format === "anki-csv") {
    const byCard = new Map(cards.map((c) => [c.id, c]));
    // A log keeps the card as it was before the review; the card's next log (or the card now) holds the result.
    // Walking backwards, the next log of each card is the one last seen.
    const nextOf = new Map<string, (typeof reviewLogs)[number]>();
    const reviews: ExportedReview[] = [];
    for (let i = reviewLogs.length - 1; i >= 0; i--) {
      const log = reviewLogs[i]!;
      const card = byCard.get(log.cardId);
      const next = nextOf.get(log.cardId);
      nextOf.set(log.cardId, log);
      if (!card) continue;
      reviews.push({
        review: log.review,
        rating: log.rating,
        state: log.state,
        scheduledDaysBefore: log.scheduledDays,
        nextDue: next ? next.due : card.due,
        nextScheduledDays: next ? next.scheduledDays : card.scheduledDays,
        durationMs: log.durationMs,
        cardNumber: card.createdAt.getTime(),
      });
    }
    return ankiRevlogCsv(reviews);
  }
  const [answers, dailyQuizzes, examAttempts] = await Promise.all([
    db().answer.findMany({ where: { userId }, orderBy: { answeredAt: "asc" } }),
    db().dailyQuiz.findMany({ where: { userId }, include: { answers: true }, orderBy: { day: "asc" } }),
    db().examAttempt.findMany({
      where: { userId },
      include: { responses: { orderBy: { position: "asc" } } },
      orderBy: { startedAt: "asc" },
    }),
  ]);
  return { format: "gureum-export", version: 1, account: user, cards, reviewLogs, answers, dailyQuizzes, examAttempts };
}
