import { randomBytes } from "node:crypto";
import pg from "pg";
import { createDb } from "../../lib/db/client";
import { migrateDatabase } from "../../lib/db/migrate";
import { seedFromFiles } from "../lib/seed-from-files";

export interface BenchDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

/** A fresh database `gureum_bench_<random>` on the server, migrated and seeded with the real content. */
export async function createBenchDatabase(serverUrl: string, root: string): Promise<BenchDatabase> {
  const name = `gureum_bench_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const drop = async () => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.end();
  };
  try {
    await migrateDatabase(url.toString(), root, true);
    const db = createDb(url.toString(), 1);
    const seeded = await seedFromFiles(db, root).finally(() => db.$disconnect());
    if (!seeded) throw new Error("the content is invalid; fix it before benchmarking");
  } catch (error) {
    await drop();
    throw error;
  }
  return { url: url.toString(), name, drop };
}
