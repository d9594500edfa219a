/** `DATABASE_URL=… npm run maintainer -- someone@example.com [--revoke]`: sets the maintainer flag of an account. */
import { createDb } from "../lib/db/client";

const email = process.argv[2]?.toLowerCase();
const url = process.env.DATABASE_URL;
if (!email || !url) {
  console.error("usage: DATABASE_URL=postgresql://… npm run maintainer -- <email> [--revoke]");
  process.exit(2);
}
const db = createDb(url, 1);
try {
  const { count } = await db.user.updateMany({
    where: { email },
    data: { isMaintainer: !process.argv.includes("--revoke") },
  });
  if (count === 0) {
    console.error(`maintainer: no account with email ${email}`);
    process.exitCode = 1;
  } else console.log(`maintainer: ${email} is ${process.argv.includes("--revoke") ? "no longer" : "now"} a maintainer`);
} finally {
  await db.$disconnect();
}
