import "server-only";
import type { Db } from "@/lib/db/client";

export type EmailTokenPurpose = "sign-up" | "reset-password" | "change-email";

export interface EmailTokenRow {
  email: string;
  userId: string | null;
  payload: unknown;
}

/**
 * Uses up a link: the row is deleted and returned in one statement, so two clicks (or two tabs) cannot both use it.
 * Null when no live token of that purpose has that hash (never issued, already used, or expired).
 */
export async function consumeEmailToken(
  client: Db,
  tokenHash: string,
  purpose: EmailTokenPurpose,
  now: Date,
): Promise<EmailTokenRow | null> {
  const [row] = await client.$queryRaw<{ email: string; user_id: string | null; payload: unknown }[]>`
    DELETE FROM email_tokens
    WHERE token_hash = ${tokenHash} AND purpose = ${purpose} AND expires_at > ${now}
    RETURNING email, user_id, payload`;
  return row ? { email: row.email, userId: row.user_id, payload: row.payload } : null;
}
