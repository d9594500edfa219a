import "server-only";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import { isTimeZoneKnownToDatabase } from "@/lib/db/sql/time-zones";
import { Prisma } from "@/lib/db/generated/client";
import type { Language } from "@/lib/content";
import { AppError } from "@/lib/server/app-error";

/**
 * Creates an account: the last step of a confirmed sign-up (and how tests and scripts make learners). A time zone
 * PostgreSQL does not know is dropped for the default rather than failing the sign-up. CONFLICT when the address
 * already has an account.
 */
export async function registerUser(input: {
  email: string;
  name?: string | null;
  locale: Language;
  timeZone?: string | null;
  /** A plain password to hash, or the hash a sign-up link carried. */
  password?: string;
  passwordHash?: string;
}) {
  const passwordHash = input.passwordHash ?? (await hashPassword(input.password ?? ""));
  const timeZone =
    input.timeZone && (await isTimeZoneKnownToDatabase(db(), input.timeZone)) ? input.timeZone : undefined;
  try {
    return await db().user.create({
      data: { email: input.email, passwordHash, name: input.name ?? null, locale: input.locale, timeZone },
      select: { id: true, email: true, name: true, sessionVersion: true },
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", "An account with this email already exists");
    }
    throw error;
  }
}
