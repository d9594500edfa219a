import "server-only";
import type { Prisma } from "@/lib/db/generated/client";

/** Locks a throttle counter's row until the transaction ends, so concurrent failures for one key count one after another. */
export async function lockThrottleRow(tx: Prisma.TransactionClient, key: string): Promise<void> {
  await tx.$executeRaw`SELECT 1 FROM sign_in_throttles WHERE key = ${key} FOR UPDATE`;
}
