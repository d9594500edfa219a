import "server-only";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { dayBounds } from "@/lib/srs";

/**
 * Which daily quiz is this learner's quiz at `now`: one per real day, whatever the time zone says. It is the quiz of
 * the local day in the learner's time zone, unless the latest quiz was drawn during that local day already, or is of
 * a later day (the learner moved their clock west): then the latest quiz is still today's, and a time-zone change takes
 * effect from the next local day. `mayDraw` says a new quiz may be drawn for `day`. Every other quiz is of a past day:
 * it can be looked at, not answered, and so cannot pad a streak.
 */
export async function findTodaysQuiz(
  client: Prisma.TransactionClient | Db,
  key: { userId: string; timeZone: string; now: Date },
): Promise<{ day: string; end: Date; quizId: string | null; mayDraw: boolean }> {
  const { day, start, end } = dayBounds(key.now, key.timeZone);
  const latest = await client.dailyQuiz.findFirst({
    where: { userId: key.userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, day: true, createdAt: true },
  });
  if (latest && (latest.day >= day || latest.createdAt.getTime() >= start.getTime())) {
    return { day, end, quizId: latest.id, mayDraw: false };
  }
  return { day, end, quizId: null, mayDraw: true };
}
