import "server-only";
import { db } from "@/lib/db/client";
import { consumeEmailToken } from "@/lib/db/sql/email-tokens";
import { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/server/app-error";
import { hashLinkToken, sendEmailLink } from "./send-email-link";

/**
 * Follows an address-change link: the account takes the new address, every session ends (they were signed in with
 * the old one), and the old address is told. NOT_FOUND for a link that is unknown, used or expired; CONFLICT when
 * the new address got an account of its own in the meantime.
 */
export async function confirmEmailChange(input: { token: string; now: Date }): Promise<{ email: string }> {
  const row = await consumeEmailToken(db(), hashLinkToken(input.token), "change-email", input.now);
  if (!row?.userId) throw new AppError("NOT_FOUND", "This link has expired or was already used");
  const before = await db().user.findUnique({ where: { id: row.userId }, select: { email: true, locale: true } });
  if (!before) throw new AppError("NOT_FOUND", "This link has expired or was already used");
  try {
    await db().user.update({
      where: { id: row.userId },
      data: { email: row.email, sessionVersion: { increment: 1 } },
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", "That address now has an account of its own");
    }
    throw error;
  }
  await sendEmailLink({
    kind: "email-changed",
    to: before.email,
    language: before.locale === "en" ? "en" : "ko",
    now: input.now,
  });
  return { email: row.email };
}
