import { readFile } from "node:fs/promises";
import path from "node:path";
import { inject } from "vitest";
import { linkTokenFor } from "../../support/outbox";
import { ROOT } from "../../support/test-database";
import { signIn, signInWith } from "../../../scripts/bench/session-cookies";

export interface ServerAction {
  id: string;
  name: string;
  /** A page that uses the action; actions are posted to a page URL. */
  page: string;
}

/** Every server action in the production build, from Next.js's manifest, so new actions are covered automatically. */
export async function listServerActions(): Promise<ServerAction[]> {
  const manifest = JSON.parse(
    await readFile(path.join(ROOT, ".next/server/server-reference-manifest.json"), "utf8"),
  ) as {
    node: Record<string, { exportedName?: string; workers: Record<string, unknown> }>;
  };
  return Object.entries(manifest.node).map(([id, entry]) => {
    const worker = Object.keys(entry.workers)[0] ?? "app/page";
    const page =
      worker
        .replace(/^app/, "")
        .replace(/\/page$/, "")
        .replace(/\/\([^)]+\)/g, "")
        .replace(/\[[^\]]+\]/g, "ec2") || "/";
    return { id, name: entry.exportedName ?? id, page };
  });
}

export function postAction(baseUrl: string, action: ServerAction, body: string, cookie = ""): Promise<Response> {
  return fetch(new URL(action.page, baseUrl), {
    method: "POST",
    headers: {
      "Next-Action": action.id,
      "Content-Type": "text/plain;charset=UTF-8",
      Accept: "text/x-component",
      Cookie: cookie,
    },
    body,
    redirect: "manual",
  });
}

/** Signs in through next-auth's credentials endpoint (the bench signs in the same way) and returns the session cookie. */
export const signInCookie = signIn;

/** A stack frame or an internal error name in a response body means something leaked. */
export function leaksInternals(text: string): boolean {
  return /\n\s+at [\w.<>]+ \(|PrismaClient|ZodError|node_modules\//.test(text);
}

/** The value a server action returned, from its RSC response (the row that is not the envelope). */
export async function actionResult(response: Response): Promise<Record<string, unknown>> {
  const text = await response.text();
  for (const line of text.split("\n")) {
    const match = /^1:(\{.*\})$/.exec(line);
    if (match?.[1]) return JSON.parse(match[1]) as Record<string, unknown>;
  }
  throw new Error(`no action result in: ${text.slice(0, 300)}`);
}

/** Finds an action by its exported name in the build, or fails the test. */
export function actionNamed(actions: readonly ServerAction[], name: string): ServerAction {
  const found = actions.find((a) => a.name === name);
  if (!found) throw new Error(`${name} is not in the build`);
  return found;
}

/** A new learner through the sign-up action and the mailed link, as a browser would; returns the session cookie. */
export async function newLearner(
  baseUrl: string,
  actions: readonly ServerAction[],
  label: string,
  password = "a long enough password",
): Promise<{ email: string; cookie: string }> {
  const email = `${label}-${Date.now()}-${Math.random().toString(36).slice(2, 6)}@example.com`;
  await (await postAction(baseUrl, actionNamed(actions, "signUp"), JSON.stringify([{ email, password }]))).text();
  // Following the link signs the new account in: its cookie is the learner's session.
  const token = await linkTokenFor(inject("outbox"), email, "/sign-up/confirm");
  return { email, cookie: await followSignUpLink(baseUrl, token) };
}

/** Follows a sign-up link as its page does, through next-auth's "sign-up-link" provider; returns the session cookie. */
export function followSignUpLink(baseUrl: string, token: string): Promise<string> {
  return signInWith(baseUrl, "sign-up-link", { token });
}
