/**
 * `DATABASE_URL=… npm run reset-password -- someone@example.com`: a maintainer's password reset. Sets a new random
 * password, ends every session of the account, and prints the password once, to hand to the learner, who should
 * change it under Settings. (Gureum sends no e-mail.)
 */
import { randomBytes } from "node:crypto";
import { hashPassword } from "../lib/auth/password";
import { createDb } from "../lib/db/client";

const email = process.argv[2]?.toLowerCase();
const url = process.env.DATABASE_URL;
if (!email || !url) {
  console.error("usage: DATABASE_URL=postgresql://… npm run reset-password -- <email>");
  process.exit(2);
}
const db = createDb(url, 1);
try {
  const password = randomBytes(15).toString("base64url");
  const { count } = await db.user.updateMany({
    where: { email },
    data: { passwordHash: await hashPassword(password), sessionVersion: { increment: 1 } },
  });
  if (count === 0) {
    console.error(`reset-password: no account with email ${email}`);
    process.exitCode = 1;
  } else console.log(`reset-password: ${email} now signs in with ${password} (every other session has ended)`);
} finally {
  await db.$disconnect();
}
