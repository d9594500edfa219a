import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { env } from "@/lib/env";
import { PrismaClient } from "./generated/client";

export type Db = PrismaClient;

export function createDb(connectionString: string, max: number): Db {
  // Under load a transaction waits for a free pooled connection: queued for up to 10 s rather than failed after
  // Prisma's default 2 s (a burst of requests would otherwise get errors while the database is merely busy).
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString, max }),
    transactionOptions: { maxWait: 10_000 },
  });
}

// One client per process, kept on globalThis so hot reload does not open a new pool each time.
const holder = globalThis as typeof globalThis & { gureumDb?: Db };

export function db(): Db {
  holder.gureumDb ??= createDb(env().DATABASE_URL, env().DATABASE_POOL_MAX);
  return holder.gureumDb;
}
