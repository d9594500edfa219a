import { randomBytes } from "node:crypto";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "../../lib/db/embedded-postgres";
import { migrateDatabase } from "../../lib/db/migrate";

export const ROOT = path.resolve(import.meta.dirname, "../..");

export interface TestDatabase {
  url: string;
  /** 1 for PGlite, which serves one session at a time. */
  poolMax: number;
  drop(): Promise<void>;
}

/**
 * A migrated database of its own for one test run: a fresh database on TEST_DATABASE_URL's server when set
 * (dropped afterwards), otherwise an in-memory embedded PGlite.
 */
export async function createTestDatabase(label: string): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const embedded = await startEmbeddedPostgres();
    await migrateDatabase(embedded.url, ROOT, true);
    return { url: embedded.url, poolMax: 1, drop: () => embedded.stop() };
  }
  const name = `gureum_${label}_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  await migrateDatabase(url.toString(), ROOT, true);
  return {
    url: url.toString(),
    poolMax: 10,
    async drop() {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
