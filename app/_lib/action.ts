import "server-only";
import type { z } from "zod";
import { getSessionUser } from "@/lib/auth/session";
import { AppError } from "@/lib/server/app-error";
import type { ActionFailure, ActionResult } from "@/lib/validation";

export type { ActionFailure, ActionResult };

interface ActionContext<D> {
  userId: string;
  data: D;
  /** The server's clock at the start of the request: the client never supplies time. */
  now: Date;
}

/**
 * The one envelope of every signed-in server action: requires the session, parses the hostile input with the action's
 * schema, calls one use case and turns an AppError into a failure result. Anything else is a bug: it is thrown, logged
 * by Next.js and shown as a generic error, never as a stack trace. `recover` runs after an AppError to return what
 * the learner should see next.
 */
export async function runAction<S extends z.ZodType, T, R = never>(
  schema: S,
  input: unknown,
  call: (context: ActionContext<z.output<S>>) => Promise<T>,
  options: { recover?: (userId: string, now: Date) => Promise<R> } = {},
): Promise<ActionResult<T, R>> {
  const user = await getSessionUser();
  if (!user) return { ok: false, code: "UNAUTHORIZED", message: "Sign in first" };
  const parsed = parse(schema, input);
  if (!parsed.ok) return parsed;
  const now = new Date();
  try {
    return { ok: true, data: await call({ userId: user.id, data: parsed.data, now }) };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const failure: ActionFailure<R> = { ok: false, code: error.code, message: error.message };
    if (options.recover) failure.recovered = await options.recover(user.id, now);
    return failure;
  }
}

/** `runAction` for the few actions open without a session (sign-up, the language switch). */
export async function runPublicAction<S extends z.ZodType, T>(
  schema: S,
  input: unknown,
  call: (context: Omit<ActionContext<z.output<S>>, "userId">) => Promise<T>,
): Promise<ActionResult<T>> {
  const parsed = parse(schema, input);
  if (!parsed.ok) return parsed;
  try {
    return { ok: true, data: await call({ data: parsed.data, now: new Date() }) };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { ok: false, code: error.code, message: error.message };
  }
}

function parse<S extends z.ZodType>(schema: S, input: unknown): { ok: true; data: z.output<S> } | ActionFailure {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, data: parsed.data };
  const fields: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? "input");
    fields[field] ??= issue.message;
  }
  const first = parsed.error.issues[0];
  return {
    ok: false,
    code: "BAD_INPUT",
    message: `${first?.path.join(".") || "input"}: ${first?.message ?? "invalid"}`,
    fields,
  };
}
