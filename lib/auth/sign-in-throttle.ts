import "server-only";
import type { Db } from "@/lib/db/client";
import { ensureThrottleRow, lockThrottleRow } from "@/lib/db/sql/sign-in-throttles";

/**
 * Failed sign-ins are counted over a 15-minute window per account *and address* (the quick lock: 5), per account
 * from anywhere (a slow lock: 50, so that nobody can lock someone else out with a few guesses, yet a spray from many
 * addresses is still stopped) and per address (20). Past a limit the key is locked, for 30 s doubling with each
 * further failure up to 15 minutes. Sign-ups are counted the same way, per address and for the whole app. Counters
 * live in PostgreSQL so every app instance shares them, and each update is one atomic statement.
 */
export const THROTTLE = {
  windowSeconds: 15 * 60,
  accountLimit: 5,
  accountAnywhereLimit: 50,
  addressLimit: 20,
  signUpGlobalLimit: 300,
  mailsPerAddressee: 5,
  baseLockSeconds: 30,
  maxLockSeconds: 15 * 60,
} as const;

/** The keys a sign-in spends; the first is the one a success clears (the account at this address). */
export function throttleKeys(email: string, address: string | null): { key: string; limit: number }[] {
  const account = email.toLowerCase();
  const keys: { key: string; limit: number }[] = [
    { key: `account:${account}|${address ?? "-"}`, limit: THROTTLE.accountLimit },
    { key: `account:${account}`, limit: THROTTLE.accountAnywhereLimit },
  ];
  if (address) keys.push({ key: `address:${address}`, limit: THROTTLE.addressLimit });
  return keys;
}

/** The budgets a sign-up spends: its address's and the whole app's (each sign-up costs an Argon2 hash). */
export function signUpKeys(address: string | null, addressLimit: number): { key: string; limit: number }[] {
  const keys: { key: string; limit: number }[] = [{ key: "sign-up:*", limit: THROTTLE.signUpGlobalLimit }];
  if (address) keys.push({ key: `sign-up:${address}`, limit: addressLimit });
  return keys;
}

/** The budget of e-mails one addressee may receive from us in the window, so nobody can flood an inbox through us. */
export function mailKeys(email: string): { key: string; limit: number }[] {
  return [{ key: `mail:${email.toLowerCase()}`, limit: THROTTLE.mailsPerAddressee }];
}

/** Seconds until the first locked key unlocks, or 0 when sign-in may be attempted. */
export async function secondsLocked(db: Db, keys: readonly string[], now: Date): Promise<number> {
  const rows = await db.signInThrottle.findMany({ where: { key: { in: [...keys] }, lockedUntil: { gt: now } } });
  const until = Math.max(0, ...rows.map((row) => row.lockedUntil?.getTime() ?? 0));
  return until === 0 ? 0 : Math.ceil((until - now.getTime()) / 1000);
}

/** The lock after `failures` failures in the window: none below the limit, then doubling from the base lock. */
export function lockSeconds(failures: number, limit: number): number {
  if (failures < limit) return 0;
  return Math.min(THROTTLE.maxLockSeconds, THROTTLE.baseLockSeconds * 2 ** (failures - limit));
}

export async function recordFailedSignIn(
  db: Db,
  keys: readonly { key: string; limit: number }[],
  now: Date,
): Promise<void> {
  for (const { key, limit } of keys) {
    await db.$transaction(async (tx) => {
      await ensureThrottleRow(tx, key, now);
      await lockThrottleRow(tx, key);
      const row = await tx.signInThrottle.findUniqueOrThrow({ where: { key } });
      const windowExpired = now.getTime() - row.windowStart.getTime() > THROTTLE.windowSeconds * 1000;
      const failures = windowExpired ? 1 : row.failures + 1;
      const lock = lockSeconds(failures, limit);
      await tx.signInThrottle.update({
        where: { key },
        data: {
          failures,
          windowStart: windowExpired ? now : row.windowStart,
          lockedUntil: lock > 0 ? new Date(now.getTime() + lock * 1000) : row.lockedUntil,
        },
      });
    });
  }
}

export async function clearFailedSignIns(db: Db, key: string): Promise<void> {
  await db.signInThrottle.deleteMany({ where: { key } });
}
