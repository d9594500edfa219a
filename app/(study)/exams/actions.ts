"use server";

import { z } from "zod";
import { getSessionUser } from "@/lib/auth/session";
import { ItemIdSchema } from "@/lib/content/schema";
import { TOPIC_IDS } from "@/lib/content/topics";
import { AppError, type AppErrorCode } from "@/lib/server/app-error";
import { moveExamCursor } from "@/lib/server/exams/move-exam-cursor";
import { saveExamResponse, type SavedResponse } from "@/lib/server/exams/save-exam-response";
import { startExam } from "@/lib/server/exams/start-exam";
import { submitExam } from "@/lib/server/exams/submit-exam";

const AttemptIdSchema = z.string().regex(/^[a-z0-9]{10,40}$/, "not an exam id");

const StartSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.enum(["clf_c02", "saa_c03", "missed"]) }).strict(),
  z.object({ kind: z.literal("drill"), topicId: z.enum(TOPIC_IDS) }).strict(),
]);

const SaveSchema = z
  .object({
    attemptId: AttemptIdSchema,
    questionId: ItemIdSchema,
    selected: z.array(z.string().regex(/^[a-h]$/, "choices are letters a–h")).max(8).optional(),
    flagged: z.boolean().optional(),
  })
  .strict()
  .refine((input) => input.selected !== undefined || input.flagged !== undefined, "nothing to save");

const MoveSchema = z.object({ attemptId: AttemptIdSchema, index: z.number().int().min(0).max(1000) }).strict();
const SubmitSchema = z.object({ attemptId: AttemptIdSchema }).strict();

export type ExamActionResult<T> = ({ ok: true } & T) | { ok: false; error: string; code: AppErrorCode };

/** Parses hostile input, requires the signed-in learner and turns expected failures into a result. Time is the server's. */
async function run<S extends z.ZodType, T>(schema: S, input: unknown, call: (userId: string, data: z.infer<S>, now: Date) => Promise<T>): Promise<ExamActionResult<T>> {
  const user = await getSessionUser();
  if (!user) return { ok: false, error: "Sign in to take exams", code: "UNAUTHORIZED" };
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: `${issue?.path.join(".") || "input"}: ${issue?.message ?? "invalid"}`, code: "BAD_INPUT" };
  }
  try {
    return { ok: true, ...(await call(user.id, parsed.data, new Date())) };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: error.message, code: error.code };
    throw error;
  }
}

export async function startExamAction(input: unknown): Promise<ExamActionResult<{ attemptId: string }>> {
  return run(StartSchema, input, async (userId, request, now) => ({ attemptId: (await startExam({ userId, request, now })).attemptId }));
}

export async function saveExamResponseAction(input: unknown): Promise<ExamActionResult<{ saved: SavedResponse }>> {
  return run(SaveSchema, input, async (userId, data, now) => ({ saved: await saveExamResponse({ userId, ...data, now }) }));
}

export async function moveExamCursorAction(input: unknown): Promise<ExamActionResult<{ currentIndex: number }>> {
  return run(MoveSchema, input, (userId, data, now) => moveExamCursor({ userId, ...data, now }));
}

export async function submitExamAction(input: unknown): Promise<ExamActionResult<{ attemptId: string }>> {
  return run(SubmitSchema, input, async (userId, data, now) => ({ attemptId: (await submitExam({ userId, ...data, now })).attemptId }));
}
