import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import type { Db } from "@/lib/db/client";
import { PrismaClient } from "@/lib/db/generated/client";

/**
 * Runs `read` with the app's database client swapped for one whose every transaction is READ ONLY, as on a read
 * replica: any INSERT, UPDATE or DELETE the code under test issues fails with "cannot execute … in a read-only
 * transaction". This is how the tests prove that a page's reads write nothing.
 */
export async function onReadOnlyDatabase<T>(read: () => Promise<T>): Promise<T> {
  const holder = globalThis as typeof globalThis & { gureumDb?: Db };
  const primary = holder.gureumDb;
  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 4 });
  pool.on("connect", (client) => void client.query("SET default_transaction_read_only = on"));
  const replica = new PrismaClient({ adapter: new PrismaPg(pool) });
  holder.gureumDb = replica;
  try {
    return await read();
  } finally {
    holder.gureumDb = primary;
    await replica.$disconnect();
    await pool.end().catch(() => undefined);
  }
}
