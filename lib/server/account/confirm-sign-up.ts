import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { consumeEmailToken } from "@/lib/db/sql/email-tokens";
import { AppError } from "@/lib/server/app-error";
import { registerUser } from "./register-user";
import { hashLinkToken } from "./send-email-link";

const PendingAccountSchema = z.object({
  name: z.string().nullable(),
  passwordHash: z.string().min(1),
  locale: z.enum(["ko", "en"]),
  timeZone: z.string().nullable(),
});

/**
 * Follows a sign-up link: uses it up and creates the account it carries, which the caller then signs in. NOT_FOUND
 * for a link that is unknown, used or expired; CONFLICT when the address got an account in the meantime (only the
 * owner of the inbox can see that answer).
 */
export async function confirmSignUp(input: { token: string; now: Date }) {
  const row = await consumeEmailToken(db(), hashLinkToken(input.token), "sign-up", input.now);
  if (!row) throw new AppError("NOT_FOUND", "This link has expired or was already used");
  const pending = PendingAccountSchema.parse(row.payload);
  return registerUser({ email: row.email, ...pending });
}
