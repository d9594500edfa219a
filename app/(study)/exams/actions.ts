"use server";

import { z } from "zod";
import { ItemIdSchema, TOPIC_IDS } from "@/lib/content";
import {
  discardExam,
  moveExamCursor,
  saveExamResponse,
  startExam,
  submitExam,
  type SavedResponse,
} from "@/lib/server/exams";
import { RowIdSchema, SelectedChoicesSchema } from "@/lib/validation";
import { runAction, type ActionResult } from "@/app/_lib/action";

const StartSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.enum(["clf_c02", "saa_c03", "missed"]) }).strict(),
  z.object({ kind: z.literal("drill"), topicId: z.enum(TOPIC_IDS) }).strict(),
]);

const SaveSchema = z
  .object({
    attemptId: RowIdSchema,
    questionId: ItemIdSchema,
    selected: SelectedChoicesSchema.optional(),
    flagged: z.boolean().optional(),
  })
  .strict()
  .refine((input) => input.selected !== undefined || input.flagged !== undefined, "nothing to save");

const MoveSchema = z.object({ attemptId: RowIdSchema, index: z.number().int().min(0).max(1000) }).strict();
const SubmitSchema = z.object({ attemptId: RowIdSchema }).strict();

export async function startExamAction(input: unknown): Promise<ActionResult<{ attemptId: string }>> {
  return runAction(StartSchema, input, async ({ userId, data, now }) => ({
    attemptId: (await startExam({ userId, request: data, now })).attemptId,
  }));
}

export async function saveExamResponseAction(input: unknown): Promise<ActionResult<SavedResponse>> {
  return runAction(SaveSchema, input, ({ userId, data, now }) => saveExamResponse({ userId, ...data, now }));
}

export async function moveExamCursorAction(input: unknown): Promise<ActionResult<{ currentIndex: number }>> {
  return runAction(MoveSchema, input, ({ userId, data, now }) => moveExamCursor({ userId, ...data, now }));
}

export async function submitExamAction(input: unknown): Promise<ActionResult<{ attemptId: string }>> {
  return runAction(SubmitSchema, input, async ({ userId, data, now }) => ({
    attemptId: (await submitExam({ userId, ...data, now })).attemptId,
  }));
}

/** Throws away the open attempt: not scored, nothing fed to review. */
export async function discardExamAction(input: unknown): Promise<ActionResult<null>> {
  return runAction(SubmitSchema, input, async ({ userId, data, now }) => {
    await discardExam({ userId, ...data, now });
    return null;
  });
}
