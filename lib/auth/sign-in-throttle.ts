import "server-only";
import type { Db } from "@/lib/db/client";
import { lockThrottleRow } from "@/lib/db/sql/sign-in-throttles";

/**
 * Failed sign-ins are counted per account and per address over a 15-minute window. Past the limit the key is locked,
 * for 30 s doubling with each further failure up to 15 minutes. Counters live in PostgreSQL so every app instance
 * shares them, and each update is one atomic statement.
 */
export const THROTTLE = {
  windowSeconds: 15 * 60,
  accountLimit: 5,
  addressLimit: 20,
  baseLockSeconds: 30,
  maxLockSeconds: 15 * 60,
} as const;

export function throttleKeys(email: string, address: string | null): { key: string; limit: number }[] {
  const keys: { key: string; limit: number }[] = [
    { key: `account:${email.toLowerCase()}`, limit: THROTTLE.accountLimit },
  ];
  if (address) keys.push({ key: `address:${address}`, limit: THROTTLE.addressLimit });
  return keys;
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
      await tx.signInThrottle.upsert({ where: { key }, create: { key, failures: 0, windowStart: now }, update: {} });
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
