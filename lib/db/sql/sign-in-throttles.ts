import "server-only";
import type { Prisma } from "@/lib/db/generated/client";

/** Locks a throttle counter's row until the transaction ends, so concurrent failures for one key count one after another. */
export async function lockThrottleRow(tx: Prisma.TransactionClient, key: string): Promise<void> {
  await tx.$executeRaw`SELECT 1 FROM sign_in_throttles WHERE key = ${key} FOR UPDATE`;
}

/**
 * Makes sure a counter row exists. One statement with ON CONFLICT, because Prisma's upsert reads then inserts and
 * two concurrent first failures for one key (two sign-ups at once spend "sign-up:*") would collide.
 */
export async function ensureThrottleRow(tx: Prisma.TransactionClient, key: string, now: Date): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO sign_in_throttles (key, failures, window_start) VALUES (${key}, 0, ${now})
    ON CONFLICT (key) DO NOTHING`;
}
