import "server-only";
import { db } from "@/lib/db/client";
import { SignInSchema } from "@/lib/validation";
import { dummyPasswordHash, verifyPassword } from "./password";
import { clearFailedSignIns, recordFailedSignIn, secondsLocked, throttleKeys } from "./sign-in-throttle";

export type AuthenticationResult =
  | { ok: true; user: { id: string; email: string; name: string | null; sessionVersion: number } }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

/**
 * Checks an email and password. Locked keys are refused before the password is checked; a failure counts against
 * the account and the address; a success clears the account's count. The result never says whether the email exists.
 */
export async function authenticate(input: {
  credentials: unknown;
  address: string | null;
  now: Date;
}): Promise<AuthenticationResult> {
  const parsed = SignInSchema.safeParse(input.credentials);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;
  const keys = throttleKeys(email, input.address);
  const wait = await secondsLocked(
    db(),
    keys.map((k) => k.key),
    input.now,
  );
  if (wait > 0) return { ok: false, reason: "throttled", retryAfterSeconds: wait };
  const user = await db().user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true, sessionVersion: true },
  });
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (!user || !ok) {
    await recordFailedSignIn(db(), keys, input.now);
    return { ok: false, reason: "invalid" };
  }
  await clearFailedSignIns(db(), keys[0]!.key);
  return {
    ok: true,
    user: { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion },
  };
}
