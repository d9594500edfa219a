// Runs `prisma generate` after install. Prisma reads the generator's engineType only when DATABASE_URL is set,
// and otherwise tries to download a native engine, so a placeholder is given (no connection is made).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

const prisma = path.join(import.meta.dirname, "..", "node_modules", ".bin", "prisma");
if (!existsSync(prisma)) {
  console.log("prisma-generate: prisma is not installed (lock-file-only install?); skipping");
  process.exit(0);
}
const env = {
  ...process.env,
  DATABASE_URL: process.env.DATABASE_URL || "postgresql://placeholder@localhost:5432/placeholder",
};
const result = spawnSync(prisma, ["generate"], { stdio: "inherit", env });
process.exit(result.status ?? 1);
