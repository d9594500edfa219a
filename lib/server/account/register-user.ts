import "server-only";
import { hashPassword } from "@/lib/auth/password";
import { recordFailedSignIn, secondsLocked, signUpKeys } from "@/lib/auth/sign-in-throttle";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { Prisma } from "@/lib/db/generated/client";
import type { Language } from "@/lib/content";
import { AppError } from "@/lib/server/app-error";

/**
 * Creates an account. Every attempt spends the sign-up budget of its address and of the whole app first (each costs
 * an Argon2 hash): a flood from one address is refused (THROTTLED) long before it slows everyone else down.
 */
export async function registerUser(input: {
  email: string;
  password: string;
  name?: string;
  locale: Language;
  /** The client's address as the trusted proxies report it; null when unknown. */
  address: string | null;
  now: Date;
}) {
  const keys = signUpKeys(input.address, env().SIGN_UP_LIMIT_PER_ADDRESS);
  const wait = await secondsLocked(
    db(),
    keys.map((k) => k.key),
    input.now,
  );
  if (wait > 0) throw new AppError("THROTTLED", `Too many sign-ups; try again in ${wait} s`);
  await recordFailedSignIn(db(), keys, input.now);
  const passwordHash = await hashPassword(input.password);
  try {
    const user = await db().user.create({
      data: { email: input.email, passwordHash, name: input.name ?? null, locale: input.locale },
      select: { id: true, email: true },
    });
    return user;
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", "An account with this email already exists");
    }
    throw error;
  }
}
