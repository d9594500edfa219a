import { encode } from "next-auth/jwt";

export const SESSION_COOKIE = "next-auth.session-token";

/**
 * A session cookie for a seeded learner, encoded by next-auth's own `encode` with the app's secret: the same JWE the
 * credentials sign-in sets (subject = user id). Signing in thousands of learners over HTTP would spend minutes on
 * Argon2; `verifySignIn` below checks on a few that a real sign-in and a minted cookie are one and the same session.
 */
export async function mintSessionCookie(secret: string, user: { id: string; email: string }): Promise<string> {
  const token = await encode({ secret, token: { sub: user.id, email: user.email, name: null }, maxAge: 24 * 60 * 60 });
  return `${SESSION_COOKIE}=${token}`;
}

async function sessionUserId(baseUrl: string, cookie: string): Promise<string | undefined> {
  const response = await fetch(new URL("/api/auth/session", baseUrl), { headers: { Cookie: cookie } });
  const session = (await response.json()) as { user?: { id?: string } };
  return session.user?.id;
}

/** Signs in through one of next-auth's credentials providers and returns the session cookie it sets. */
export async function signInWith(baseUrl: string, provider: string, fields: Record<string, string>): Promise<string> {
  const csrf = await fetch(new URL("/api/auth/csrf", baseUrl));
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const response = await fetch(new URL(`/api/auth/callback/${provider}`, baseUrl), {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: csrfCookie },
    body: new URLSearchParams({ ...fields, csrfToken, json: "true" }),
    redirect: "manual",
  });
  const session = response.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  if (!session) throw new Error(`sign-in failed through ${provider} (${response.status})`);
  return session.split(";")[0] ?? "";
}

/** Signs in with an email and password and returns the session cookie. */
export function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  return signInWith(baseUrl, "credentials", { email, password });
}

/** A real sign-in and a minted cookie for the same learner must name the same user in /api/auth/session. */
export async function verifySignIn(
  baseUrl: string,
  secret: string,
  user: { id: string; email: string },
  password: string,
): Promise<void> {
  const signedIn = await sessionUserId(baseUrl, await signIn(baseUrl, user.email, password));
  const minted = await sessionUserId(baseUrl, await mintSessionCookie(secret, user));
  if (signedIn !== user.id || minted !== user.id)
    throw new Error(`session check failed for ${user.email}: ${signedIn} / ${minted}`);
}
