import "server-only";
import { getServerSession } from "next-auth";
import { cache } from "react";
import { redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import { readSessionVersion } from "@/lib/db/sql/users";
import { authOptions } from "./options";

export interface SessionUser {
  id: string;
  email: string | null;
  name: string | null;
}

/**
 * The signed-in user, or null. A session cookie is a signed JWT that no server can revoke by itself, so each one
 * carries the account's session version from when it began: signing out (or changing the password) moves the version
 * on, and every cookie issued before, copied or not, stops working at once. A deleted account ends its sessions too.
 * Cached per request: the header and the page both ask, and the answer (and its database read) is the same.
 */
export const getSessionUser = cache(async function getSessionUser(): Promise<SessionUser | null> {
  const session = await getServerSession(authOptions());
  const user = session?.user;
  if (!user?.id) return null;
  const current = await readSessionVersion(db(), user.id);
  if (current === null || current !== session?.sessionVersion) return null;
  return { id: user.id, email: user.email ?? null, name: user.name ?? null };
});

/** For pages: the signed-in user, or a redirect to sign-in that comes back to `returnTo`. */
export async function requireUser(returnTo: string): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}
