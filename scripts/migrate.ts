import path from "node:path";
import { migrateDatabase } from "../lib/db/migrate";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("db:migrate: set DATABASE_URL (npm start migrates the embedded database by itself)");
  process.exit(2);
}
await migrateDatabase(url, path.resolve(import.meta.dirname, ".."));
