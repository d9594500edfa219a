import path from "node:path";
import { createDb } from "../lib/db/client";
import { seedFromFiles } from "./lib/seed-from-files";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("db:seed: set DATABASE_URL (npm start seeds the embedded database by itself)");
  process.exit(2);
}
const db = createDb(url, 1);
try {
  process.exitCode = (await seedFromFiles(db, path.resolve(import.meta.dirname, ".."))) ? 0 : 1;
} finally {
  await db.$disconnect();
}
